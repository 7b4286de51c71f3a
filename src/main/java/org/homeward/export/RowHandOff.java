package org.homeward.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The rows of a person-level export on their way from the database cursor to the file: the job's thread
 * reads the cursor into batches of rows while threads of their own print the batches read before into
 * bytes and write them to the file, each batch in its turn, so that the driver's decoding and the CSV
 * printing run at the same time and the printing, the larger half, is shared. A fixed set of batches
 * goes round between the threads, each row an array filled again and again and each batch's bytes a
 * buffer used again: memory stays the same whatever the size of the export, and a row costs no objects
 * but its values.
 */
final class RowHandOff implements AutoCloseable {

    /** Prints one row to the stream it was made for; one per batch, so never used by two threads at once. */
    @FunctionalInterface
    interface RowWriter {
        void write(Object[] row) throws IOException;
    }

    static final int BATCH_ROWS = 1_000;

    /**
     * Threads printing batches. Two, on the machines measured (2 cores): with the reading thread and the
     * database's own process there is no core for a third.
     */
    static final int PRINTERS = 2;

    /** Enough batches that each printer has one to print while the reader fills the next ones. */
    private static final int BATCHES_PER_PRINTER = 3;

    private static final class Batch {
        final Object[][] rows;
        final ByteArrayOutputStream bytes;
        final RowWriter writer;
        int size;
        long turn;

        Batch(int columns, int capacity, Function<OutputStream, RowWriter> printing) {
            rows = new Object[capacity][columns];
            bytes = new ByteArrayOutputStream(capacity * 128);
            writer = printing == null ? null : printing.apply(bytes);
        }
    }

    /** Put after the last batch; also what stops the printing threads when the export is abandoned. */
    private static final Batch END = new Batch(0, 0, null);

    private final BlockingQueue<Batch> empty;
    private final BlockingQueue<Batch> full;
    private final OutputStream out;
    private final Thread[] printing;

    /** Whose turn it is to write to the file: batches are numbered as read and written in that order. */
    private final Object turns = new Object();
    private long nextTurn;
    private long turnToWrite;

    private Batch filling;
    private volatile long written;
    private volatile Throwable failure;
    private volatile boolean abandoned;
    private boolean ended;

    RowHandOff(ThreadFactory threads, int columns, Function<OutputStream, RowWriter> printing, OutputStream out) {
        this(threads, columns, BATCH_ROWS, PRINTERS, printing, out);
    }

    RowHandOff(ThreadFactory threads, int columns, int batchRows, int printers,
            Function<OutputStream, RowWriter> printing, OutputStream out) {
        this.out = out;
        int batches = printers * BATCHES_PER_PRINTER;
        empty = new ArrayBlockingQueue<>(batches);
        full = new ArrayBlockingQueue<>(batches + 1);
        for (int i = 0; i < batches; i++) {
            empty.add(new Batch(columns, batchRows, printing));
        }
        this.printing = new Thread[printers];
        for (int i = 0; i < printers; i++) {
            this.printing[i] = threads.newThread(this::printBatches);
            this.printing[i].start();
        }
    }

    /** The array to fill with the next row's values; hands the batch over when it is full. */
    Object[] nextRow() throws IOException {
        if (filling != null && filling.size == filling.rows.length) {
            handOver(filling);
            filling = null;
        }
        if (filling == null) {
            filling = takeEmpty();
        }
        return filling.rows[filling.size++];
    }

    /** Rows written to the file so far. */
    long written() {
        return written;
    }

    /** Hands over the last rows, waits until they are written; the number of rows written. */
    long finish() throws IOException {
        if (filling != null && filling.size > 0) {
            handOver(filling);
        }
        filling = null;
        end();
        join();
        rethrowFailure();
        return written;
    }

    /** Stops the printing threads, without writing what they have not written yet, unless finished before. */
    @Override
    public void close() throws IOException {
        if (!ended) {
            abandon();
            end();
            join();
        }
    }

    private void end() {
        ended = true;
        // Room is always left for it: there are only as many batches as the queue holds, less one.
        full.add(END);
    }

    private void handOver(Batch batch) throws IOException {
        rethrowFailure();
        batch.turn = nextTurn++;
        full.add(batch);
    }

    private Batch takeEmpty() throws IOException {
        try {
            while (true) {
                Batch batch = empty.poll(100, TimeUnit.MILLISECONDS);
                rethrowFailure();
                if (batch != null) {
                    return batch;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("export interrupted");
        }
    }

    private void join() throws IOException {
        try {
            for (Thread thread : printing) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("export interrupted");
        }
    }

    private void rethrowFailure() throws IOException {
        Throwable failed = failure;
        if (failed instanceof IOException io) {
            throw io;
        }
        if (failed instanceof UncheckedIOException unchecked) {
            throw unchecked.getCause();
        }
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
    }

    /** Stops every thread at its next step; those waiting for their turn are woken to see it. */
    private void abandon() {
        abandoned = true;
        synchronized (turns) {
            turns.notifyAll();
        }
    }

    private void printBatches() {
        try {
            for (Batch batch = full.take(); batch != END; batch = full.take()) {
                if (!abandoned) {
                    for (int i = 0; i < batch.size; i++) {
                        batch.writer.write(batch.rows[i]);
                    }
                }
                writeInTurn(batch);
                batch.size = 0;
                batch.bytes.reset();
                empty.add(batch);
            }
            // The other printing threads stop on it too.
            full.add(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
            abandon();
            full.offer(END);
        }
    }

    private void writeInTurn(Batch batch) throws IOException, InterruptedException {
        synchronized (turns) {
            while (turnToWrite != batch.turn && !abandoned) {
                turns.wait();
            }
            if (!abandoned) {
                batch.bytes.writeTo(out);
                written += batch.size;
            }
            turnToWrite++;
            turns.notifyAll();
        }
    }
}
