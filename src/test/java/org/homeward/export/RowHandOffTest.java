package org.homeward.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Rows read on one thread come out on the other whole and in order; a failure or an abandon stops both. */
class RowHandOffTest {

    @Test
    void everyRowIsWrittenOnceInTheOrderItWasRead() throws IOException {
        List<String> lines = new ArrayList<>();
        List<Thread> writers = new ArrayList<>();
        long written;
        try (RowHandOff rows = new RowHandOff(Thread::new, 2, 7, row -> {
            lines.add(row[0] + ";" + row[1]);
            if (writers.isEmpty() || writers.get(0) != Thread.currentThread()) {
                writers.add(Thread.currentThread());
            }
        })) {
            for (int i = 0; i < 1_000; i++) {
                Object[] row = rows.nextRow();
                row[0] = i;
                row[1] = "person " + i;
            }
            written = rows.finish();
        }
        assertEquals(1_000, written);
        assertEquals(1_000, lines.size());
        for (int i = 0; i < 1_000; i++) {
            assertEquals(i + ";person " + i, lines.get(i));
        }
        assertEquals(1, writers.size(), "one writing thread");
        assertTrue(writers.get(0) != Thread.currentThread(), "written on a thread of its own");
    }

    @Test
    void anEmptyExportWritesNothing() throws IOException {
        try (RowHandOff rows = new RowHandOff(Thread::new, 3, row -> {
            throw new AssertionError("no row");
        })) {
            assertEquals(0, rows.finish());
        }
    }

    @Test
    void aFailureToWriteReachesTheReadingThread() {
        IOException diskFull = new IOException("disk full");
        IOException thrown = assertThrows(IOException.class, () -> {
            try (RowHandOff rows = new RowHandOff(Thread::new, 1, 10, row -> {
                if ((int) row[0] == 25) {
                    throw diskFull;
                }
            })) {
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
        Thread[] writer = new Thread[1];
        RowHandOff rows = new RowHandOff(runnable -> writer[0] = new Thread(runnable), 1, 10, row -> {
            synchronized (seen) {
                seen.add((Integer) row[0]);
            }
            firstWritten.countDown();
        });
        for (int i = 0; i < 30; i++) {
            rows.nextRow()[0] = i;
        }
        assertTrue(firstWritten.await(10, TimeUnit.SECONDS));
        rows.close();
        assertTrue(!writer[0].isAlive(), "the writing thread has ended");
        synchronized (seen) {
            assertTrue(seen.size() <= 30, seen.toString());
            for (int i = 0; i < seen.size(); i++) {
                assertEquals(i, seen.get(i));
            }
        }
    }
}
