package org.geoprospect.io.shp;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a file through a large heap buffer that slides forward, so that records read in order cost
 * one bulk read per few megabytes instead of one small read each.
 *
 * <p>Why not memory mapping: on Windows a mapped file stays locked until the buffer is garbage
 * collected, which would stop the user from moving or deleting the file after an import.
 * Not thread-safe.
 */
final class ChannelWindow implements Closeable {
    private static final int DEFAULT_CAPACITY = 4 << 20;

    private final FileChannel channel;
    private final long size;
    private ByteBuffer buffer;
    private long bufferStart;
    private int bufferLength;

    ChannelWindow(Path path) throws IOException {
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        this.size = channel.size();
        this.buffer = ByteBuffer.allocate((int) Math.max(64, Math.min(DEFAULT_CAPACITY, size)));
        this.bufferStart = 0;
        this.bufferLength = 0;
    }

    /** The file's size in bytes. */
    long size() {
        return size;
    }

    /**
     * Returns a buffer whose position is at {@code offset} and whose remaining bytes are exactly
     * {@code length}; valid until the next call. The caller sets the byte order it needs.
     *
     * @throws EOFException when the range goes past the end of the file (callers check first to
     *                      give a clearer message)
     */
    ByteBuffer at(long offset, int length, ByteOrder order) throws IOException {
        if (offset < 0 || length < 0 || offset + length > size) {
            throw new EOFException("range " + offset + "+" + length + " past the end (" + size + ")");
        }
        if (offset < bufferStart || offset + length > bufferStart + bufferLength) {
            fill(offset, length);
        }
        int start = (int) (offset - bufferStart);
        buffer.limit(start + length).position(start);
        return buffer.order(order);
    }

    private void fill(long offset, int length) throws IOException {
        if (length > buffer.capacity()) {
            // Only for a record larger than the window; its length was checked against the file size.
            buffer = ByteBuffer.allocate(length);
        }
        buffer.clear();
        int wanted = (int) Math.min(buffer.capacity(), size - offset);
        buffer.limit(wanted);
        long position = offset;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new EOFException("file shrank while being read");
            }
            position += read;
        }
        bufferStart = offset;
        bufferLength = wanted;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
