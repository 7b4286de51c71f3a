package org.homeward.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Rows read on one thread come out on the others whole and in order; a failure or an abandon stops them all. */
class RowHandOffTest {

    @Test
    void everyRowIsWrittenOnceInTheOrderItWasReadWhileTwoThreadsPrint() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        Set<Thread> printers = ConcurrentHashMap.newKeySet();
        long written;
        try (RowHandOff rows = new RowHandOff(Thread::new, 2, 7, 2, batch -> row -> {
            batch.write((row[0] + ";" + row[1] + "\n").getBytes(StandardCharsets.UTF_8));
            printers.add(Thread.currentThread());
        }, file)) {
            for (int i = 0; i < 10_000; i++) {
                Object[] row = rows.nextRow();
                row[0] = i;
                row[1] = "person " + i;
            }
            written = rows.finish();
        }
        assertEquals(10_000, written);
        String[] lines = file.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(10_000, lines.length);
        for (int i = 0; i < 10_000; i++) {
            assertEquals(i + ";person " + i, lines[i]);
        }
        assertTrue(!printers.contains(Thread.currentThread()), "printed on threads of their own");
    }

    @Test
    void anEmptyExportWritesNothing() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (RowHandOff rows = new RowHandOff(Thread::new, 3, batch -> row -> {
            throw new AssertionError("no row");
        }, file)) {
            assertEquals(0, rows.finish());
        }
        assertEquals(0, file.size());
    }

    @Test
    void aFailureToWriteReachesTheReadingThread() {
        IOException diskFull = new IOException("disk full");
        IOException thrown = assertThrows(IOException.class, () -> {
            try (RowHandOff rows = new RowHandOff(Thread::new, 1, 10, 2, batch -> row -> {
                if ((int) row[0] == 25) {
                    throw diskFull;
                }
            }, OutputStream.nullOutputStream())) {
                for (int i = 0; i < 1_000_000; i++) {
                    rows.nextRow()[0] = i;
                }
                rows.finish();
            }
        });
        assertEquals(diskFull, thrown);
    }

    @Test
    void anAbandonedExportStopsWritingAndItsThreadEnds() throws Exception {
        CountDownLatch firstWritten = new CountDownLatch(1);
        List<Integer> seen = new ArrayList<>();
        List<Thread> printers = new ArrayList<>();
        RowHandOff rows = new RowHandOff(runnable -> {
            Thread thread = new Thread(runnable);
            printers.add(thread);
            return thread;
        }, 1, 10, 2, batch -> row -> {
            synchronized (seen) {
                seen.add((Integer) row[0]);
            }
            firstWritten.countDown();
        }, OutputStream.nullOutputStream());
        for (int i = 0; i < 30; i++) {
            rows.nextRow()[0] = i;
        }
        assertTrue(firstWritten.await(10, TimeUnit.SECONDS));
        rows.close();
        for (Thread printer : printers) {
            assertTrue(!printer.isAlive(), "the printing threads have ended");
        }
        synchronized (seen) {
            assertTrue(seen.size() <= 30, seen.toString());
        }
    }
}
