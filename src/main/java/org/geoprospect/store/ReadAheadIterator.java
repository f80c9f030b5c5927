package org.geoprospect.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Pulls elements from a source iterator on a second thread, in chunks, through a bounded queue, so
 * that parsing an import file (the source's work, about 2.4 s for a million households) overlaps with
 * writing the database (the caller's); see docs/BENCHMARKS.md for the measured effect.
 *
 * <p>Elements come out in the source's order. A failure of the source (any exception or error) is
 * rethrown, as the same object, by the {@link #next()}/{@link #hasNext()} call that reaches it. The
 * source is used only by the read-ahead thread while this iterator is open, and must not be used by
 * anyone else until {@link #close()} returns; after {@code hasNext()} returned false, or after close,
 * everything the source did happens-before the caller's next action. The thread never touches the
 * database, so stopping it can never interrupt H2 I/O; close stops it cooperatively.
 *
 * <p>Memory is bounded by {@value #CHUNKS_AHEAD} chunks of {@code chunkSize} elements. Not thread-safe:
 * one consumer thread.
 *
 * @param <T> element type
 */
final class ReadAheadIterator<T> implements Iterator<T>, AutoCloseable {
    private static final int CHUNKS_AHEAD = 8;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Thread thread;
    private volatile boolean stopped;
    private List<T> chunk = List.of();
    private int position;
    private boolean ended;

    /** A failure of the source, carried to the consumer. */
    private record Failure(Throwable cause) {
    }

    /**
     * Starts reading ahead at once.
     *
     * @param source    the elements; not null
     * @param chunkSize elements handed over at a time, at least 1
     */
    ReadAheadIterator(Iterator<T> source, int chunkSize) {
        Objects.requireNonNull(source, "source");
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be at least 1");
        }
        thread = new Thread(() -> produce(source, chunkSize), "geoprospect-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(Iterator<T> source, int chunkSize) {
        List<T> next = new ArrayList<>(chunkSize);
        try {
            while (!stopped && source.hasNext()) {
                next.add(source.next());
                if (next.size() == chunkSize) {
                    hand(next);
                    next = new ArrayList<>(chunkSize);
                }
            }
        } catch (Throwable failure) {
            // Every failure, errors included, must reach the consumer (after the elements read before it),
            // or the consumer would wait forever.
            if (!next.isEmpty()) {
                hand(next);
            }
            hand(new Failure(failure));
            return;
        }
        if (!next.isEmpty()) {
            hand(next);
        }
        hand(END);
    }

    /** Puts into the queue, giving up when the consumer has closed this iterator. */
    private void hand(Object item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        while (!ended && position == chunk.size()) {
            Object item = take();
            if (item == END) {
                ended = true;
            } else if (item instanceof Failure failure) {
                ended = true;
                rethrow(failure.cause());
            } else {
                @SuppressWarnings("unchecked")
                List<T> next = (List<T>) item;
                chunk = next;
                position = 0;
            }
        }
        return !ended;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return chunk.get(position++);
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the import file to be read", e);
        }
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(failure.getMessage(), failure);
    }

    /** Stops the read-ahead thread and waits for it, so that the source is free again. Idempotent. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
