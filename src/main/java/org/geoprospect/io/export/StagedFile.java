package org.geoprospect.io.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Objects;

/**
 * A file written beside its final place and moved there only when complete, so that a reader never
 * sees half a file and an interrupted export leaves the previous file (if any) untouched.
 *
 * <p>Use: {@link #create}, write through {@link #stream()} and close that stream (closing flushes and
 * fsyncs), then {@link #publish()}; {@link #close()} deletes the temporary file when it was not
 * published. The temporary file lives in the target's folder (a move within one file system can be
 * atomic) and is named {@code .NAME.partial}. Not thread-safe.
 */
public final class StagedFile implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean published;

    private StagedFile(Path target, Path temporary, FileChannel channel) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
        this.stream = new SyncOnCloseStream(channel);
    }

    /**
     * Creates the temporary file for a target.
     *
     * @throws IOException when the target's folder is missing or cannot be written
     */
    public static StagedFile create(Path target) throws IOException {
        Path absolute = Objects.requireNonNull(target, "target").toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("The folder of " + absolute + " does not exist; create it or choose another file.");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(absolute + " is a folder; give a file name.");
        }
        Path temporary = temporaryOf(absolute);
        FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        return new StagedFile(absolute, temporary, channel);
    }

    /** Where the complete file waits before {@link #publish()}: {@code .NAME.partial} beside {@code target}. */
    public static Path temporaryOf(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".partial");
    }

    /**
     * The SHA-256 of the bytes written so far, as 64 hexadecimal digits; call it once the stream is
     * closed, before {@link #publish()}.
     *
     * @throws IOException when the temporary file cannot be read
     */
    public String sha256() throws IOException {
        return sha256Of(temporary);
    }

    /**
     * Finishes an interrupted publication: when {@code target} is missing and its temporary file holds
     * exactly the bytes whose SHA-256 is {@code expectedSha256}, moves it into place.
     *
     * @return whether the file was moved into place
     * @throws IOException when the move fails
     */
    public static boolean publishLeftover(Path target, String expectedSha256) throws IOException {
        return publishLeftover(temporaryOf(target), target, expectedSha256);
    }

    /**
     * {@link #publishLeftover(Path, String)} for a complete file staged elsewhere (e.g. in a staging
     * folder): moves {@code source} to {@code target} when the target is missing and the source's bytes
     * have the expected SHA-256.
     *
     * @return whether the file was moved into place
     */
    public static boolean publishLeftover(Path source, Path target, String expectedSha256) throws IOException {
        if (Files.exists(target) || !Files.isRegularFile(source) || !sha256Of(source).equals(expectedSha256)) {
            return false;
        }
        moveIntoPlace(source, target);
        return true;
    }

    /**
     * Moves a complete file to its place, atomically where the file system allows it and replacing a file
     * already there, then forces the folder entry to disk where the OS supports it.
     */
    public static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(target.toAbsolutePath().getParent());
    }

    /** The SHA-256 of a file's bytes, as 64 hexadecimal digits. */
    public static String sha256Of(Path file) throws IOException {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** The final path. */
    public Path target() {
        return target;
    }

    /** The stream to the temporary file; closing it flushes and forces the bytes to disk. */
    public OutputStream stream() {
        return stream;
    }

    /**
     * Moves the complete temporary file into place (atomically where the file system allows it,
     * replacing an existing file), then forces the folder entry to disk where the OS supports it.
     *
     * @throws IOException when the move fails; the temporary file is then deleted by {@link #close()}
     */
    public void publish() throws IOException {
        stream.close();
        moveIntoPlace(temporary, target);
        published = true;
    }

    /** Deletes the temporary file unless it was published. Idempotent. */
    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            if (!published) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static void syncFolder(Path folder) throws IOException {
        // A rename is durable only once the folder's entry is on disk. Windows cannot open a folder as a
        // channel at all, so there the move is as durable as the file system makes it.
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return;
        }
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    /** Flushes, fsyncs and closes the channel on close; closing twice is harmless. */
    private static final class SyncOnCloseStream extends FilterOutputStream {
        private final FileChannel channel;
        private boolean closed;

        SyncOnCloseStream(FileChannel channel) {
            super(Channels.newOutputStream(channel));
            this.channel = channel;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                out.flush();
                channel.force(true);
            } finally {
                channel.close();
            }
        }
    }
}
