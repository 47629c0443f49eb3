package vn.covidmaps.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Decodes a sheet's rows on a second thread, a few batches ahead of the thread that checks them, so
 * that CSV or XLSX decoding (a third of the reading time, more for XLSX) runs on the other core. Rows
 * arrive in their order; any failure of the reader, an {@link Error} such as running out of memory
 * included, is thrown on the consuming thread (as {@code explain} words it), so the command ends
 * instead of waiting forever for rows that will never come.
 */
final class RowPrefetcher implements Iterator<RawRow> {
    private static final int BATCH = 512;
    /** Bounded, so a fast reader holds at most this many batches in memory. */
    private static final int BATCHES_AHEAD = 8;

    /** What the reading thread hands over: rows, the end, or the reader's failure. */
    private record Batch(List<RawRow> rows, Throwable failure) {
        static final Batch END = new Batch(List.of(), null);
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private final Function<Throwable, RuntimeException> explain;
    private Iterator<RawRow> current = List.<RawRow>of().iterator();
    private boolean ended;

    private RowPrefetcher(Stream<RawRow> source, Function<Throwable, RuntimeException> explain) {
        this.explain = explain;
        this.reader = new Thread(() -> read(source), "sheet-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The same rows as {@code source}; closing the result stops the reading thread and closes {@code source}. */
    static Stream<RawRow> of(Stream<RawRow> source) {
        return of(source, failure -> failure instanceof RuntimeException e ? e : new IllegalStateException(failure));
    }

    /** As {@link #of(Stream)}, a failure of the reader being turned into the exception {@code explain} makes of it. */
    static Stream<RawRow> of(Stream<RawRow> source, Function<Throwable, RuntimeException> explain) {
        RowPrefetcher rows = new RowPrefetcher(source, explain);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                .onClose(rows::stop);
    }

    private void read(Stream<RawRow> source) {
        List<RawRow> batch = new ArrayList<>(BATCH);
        Throwable failure = null;
        try {
            try (source) {
                Iterator<RawRow> rows = source.iterator();
                while (rows.hasNext()) {
                    batch.add(rows.next());
                    if (batch.size() == BATCH) {
                        queue.put(new Batch(batch, null));
                        batch = new ArrayList<>(BATCH);
                    }
                }
            } catch (InterruptedException stopped) {
                throw stopped;
            } catch (Error e) {
                // out of memory or worse: let go of what this thread holds before telling the consumer
                batch = new ArrayList<>(0);
                failure = e;
            } catch (Exception e) {
                failure = e;
            }
            // the rows read before a failure still come first, as without prefetching
            queue.put(new Batch(batch, null));
            queue.put(failure == null ? Batch.END : new Batch(List.of(), failure));
        } catch (InterruptedException stopped) {
            // the consumer closed the stream early
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !ended) {
            Batch batch = take();
            if (batch.failure() != null) {
                ended = true;
                throw explain.apply(batch.failure());
            }
            ended = batch == Batch.END;
            current = batch.rows().iterator();
        }
        return current.hasNext();
    }

    @Override
    public RawRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private Batch take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a sheet", e);
        }
    }

    private void stop() {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
