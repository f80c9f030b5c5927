package org.geoprospect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadIteratorTest {
    @Test
    void elementsComeOutInSourceOrderAcrossChunks() {
        List<Integer> source = IntStream.range(0, 10_007).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        try (ReadAheadIterator<Integer> ahead = new ReadAheadIterator<>(source.iterator(), 100)) {
            ahead.forEachRemaining(seen::add);
            assertFalse(ahead.hasNext());
        }
        assertEquals(source, seen);
    }

    @Test
    void aSourceFailureReachesTheConsumerAsTheSameObjectAfterTheEarlierElements() {
        UncheckedIOException failure = new UncheckedIOException(new IOException("row 3 is unreadable"));
        Iterator<Integer> source = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (next == 3) {
                    throw failure;
                }
                return next++;
            }
        };
        List<Integer> seen = new ArrayList<>();
        try (ReadAheadIterator<Integer> ahead = new ReadAheadIterator<>(source, 2)) {
            UncheckedIOException thrown = assertThrows(UncheckedIOException.class, () -> ahead.forEachRemaining(seen::add));
            assertSame(failure, thrown);
        }
        assertEquals(List.of(0, 1, 2), seen);
    }

    @Test
    void closingEarlyStopsAnEndlessSource() {
        Iterator<Integer> endless = IntStream.iterate(0, i -> i + 1).boxed().iterator();
        ReadAheadIterator<Integer> ahead = new ReadAheadIterator<>(endless, 10);
        assertEquals(0, ahead.next());
        ahead.close(); // returns only once the read-ahead thread has stopped
        assertEquals(true, endless.hasNext());
    }
}
