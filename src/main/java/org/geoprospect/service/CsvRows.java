package org.geoprospect.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A streaming reader's rows as an iterator, for a store's bulk upsert: I/O failures surface as
 * {@link UncheckedIOException}, which the import unwraps. Not thread-safe.
 *
 * @param <T> the row type
 */
final class CsvRows<T> implements Iterator<T> {
    /** The reader's "next row, or null at the end". */
    @FunctionalInterface
    interface Source<T> {
        T next() throws IOException;
    }

    private final Source<T> source;
    private T next;

    CsvRows(Source<T> source) {
        this.source = source;
        this.next = advance();
    }

    private T advance() {
        try {
            return source.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public T next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        T row = next;
        next = advance();
        return row;
    }
}
