package org.homeward.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The rows of a person-level export on their way from the database cursor to the file: the job's thread
 * reads the cursor into batches of rows while a thread of its own prints and writes the batches read
 * before, so that on two cores the driver's decoding and the CSV printing run at the same time. A fixed
 * set of batches goes round between the two threads, each row an array filled again and again: memory
 * stays the same whatever the size of the export, and a row costs no objects but its values.
 */
final class RowHandOff implements AutoCloseable {

    /** Prints one row; called on the writing thread, in the order the rows were read. */
    @FunctionalInterface
    interface RowWriter {
        void write(Object[] row) throws IOException;
    }

    static final int BATCH_ROWS = 1_000;
    static final int BATCHES = 4;

    private static final class Batch {
        final Object[][] rows;
        int size;

        Batch(int columns, int capacity) {
            rows = new Object[capacity][columns];
        }
    }

    /** Put after the last batch; also what stops the writing thread when the export is abandoned. */
    private static final Batch END = new Batch(0, 0);

    private final BlockingQueue<Batch> empty;
    private final BlockingQueue<Batch> full;
    private final RowWriter writer;
    private final Thread writing;

    private Batch filling;
    private volatile long written;
    private volatile Throwable failure;
    private volatile boolean abandoned;
    private boolean ended;

    RowHandOff(ThreadFactory threads, int columns, RowWriter writer) {
        this(threads, columns, BATCH_ROWS, writer);
    }

    RowHandOff(ThreadFactory threads, int columns, int batchRows, RowWriter writer) {
        this.writer = writer;
        empty = new ArrayBlockingQueue<>(BATCHES);
        full = new ArrayBlockingQueue<>(BATCHES + 1);
        for (int i = 0; i < BATCHES; i++) {
            empty.add(new Batch(columns, batchRows));
        }
        writing = threads.newThread(this::writeBatches);
        writing.start();
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

    /** Stops the writing thread, without writing what it has not written yet, unless finished before. */
    @Override
    public void close() throws IOException {
        if (!ended) {
            abandoned = true;
            end();
            join();
        }
    }

    private void end() {
        ended = true;
        // Room is always left for it: there are only BATCHES batches.
        full.add(END);
    }

    private void handOver(Batch batch) throws IOException {
        rethrowFailure();
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
            writing.join();
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

    private void writeBatches() {
        try {
            for (Batch batch = full.take(); batch != END; batch = full.take()) {
                if (!abandoned) {
                    for (int i = 0; i < batch.size; i++) {
                        writer.write(batch.rows[i]);
                    }
                    written += batch.size;
                }
                batch.size = 0;
                empty.add(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
    }
}
