package org.geoprospect.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Saves {@link HouseholdColumns} as one binary file and reads them back, array for array, so that a
 * project opens without decoding a million database rows: reading the file is a copy of its bytes.
 * The file carries a stamp chosen by the caller (the database's households stamp); {@link #read} gives
 * the columns only when the file is whole, of this format, and carries the stamp asked for. Writing goes
 * through a temporary file and an atomic move, so a crash never leaves half a file. Stateless.
 *
 * <p>Format (little-endian): magic, format version, stamp, size, then every column as length + values
 * and the four string tables, then the magic again (a truncated file is refused).
 */
public final class HouseholdColumnsCodec {
    static final int MAGIC = 0x43485047; // "GPHC"
    static final int VERSION = 1;

    private HouseholdColumnsCodec() {
    }

    /** Writes the columns with {@code stamp} into {@code file} (replaced whole). */
    public static void write(HouseholdColumns c, String stamp, Path file) throws IOException {
        long n = c.size;
        long bytes = 4 + 4 + 4 + utf8(stamp) + 4          // magic, version, stamp, size
                + 2 * (4 + 8 * n)                            // x, y
                + 4 + c.codeBytes.length + 4 + 4 * (n + 1)   // codes and where each starts
                + 4 + 2 * n + 4 + 4 * n                      // commune, interests
                + 5 * (4 + n)                                // size, age, income, source, consent mask
                + 4 + c.consentDate.length * (4 + 2 * n)     // consent dates
                + 4 + 2 * n                                  // last contact
                + strings(c) + 4;                            // string tables, closing magic
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(bytes)).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(MAGIC).putInt(VERSION);
        putString(out, stamp);
        out.putInt(c.size);
        putDoubles(out, c.x, c.size);
        putDoubles(out, c.y, c.size);
        out.putInt(c.codeBytes.length).put(c.codeBytes);
        putInts(out, c.codeStart, c.size + 1); // one more: where the last code ends
        putChars(out, c.commune, c.size);
        putInts(out, c.interests, c.size);
        for (byte[] column : new byte[][] {c.householdSize, c.ageBand, c.incomeBand, c.consentSource, c.consentMask}) {
            out.putInt(c.size).put(column, 0, c.size);
        }
        out.putInt(c.consentDate.length);
        for (char[] dates : c.consentDate) {
            putChars(out, dates, c.size);
        }
        putChars(out, c.lastContact, c.size);
        for (List<String> table : List.of(c.communeCodes(), c.ageBands(), c.incomeBands(), c.consentSources())) {
            out.putInt(table.size());
            table.forEach(value -> putString(out, value));
        }
        out.putInt(MAGIC);
        out.flip();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (out.hasRemaining()) {
                channel.write(out);
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The columns saved in {@code file}, when it exists, is whole, of this format and carries {@code stamp};
     * empty otherwise (the caller then reads the database).
     */
    public static Optional<HouseholdColumns> read(Path file, String stamp) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        ByteBuffer in;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = channel.size();
            if (length < 16 || length > Integer.MAX_VALUE) {
                return Optional.empty();
            }
            in = ByteBuffer.allocate((int) length).order(ByteOrder.LITTLE_ENDIAN);
            while (in.hasRemaining() && channel.read(in) >= 0) {
                // read it all
            }
            in.flip();
        }
        try {
            if (in.getInt() != MAGIC || in.getInt() != VERSION || !stamp.equals(getString(in))) {
                return Optional.empty();
            }
            int size = in.getInt();
            double[] x = getDoubles(in, size);
            double[] y = getDoubles(in, size);
            byte[] codeBytes = new byte[in.getInt()];
            in.get(codeBytes);
            int[] codeStart = getInts(in, size + 1);
            char[] commune = getChars(in, size);
            int[] interests = getInts(in, size);
            byte[][] bytes = new byte[5][];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = getBytes(in, size);
            }
            char[][] consentDate = new char[in.getInt()][];
            for (int k = 0; k < consentDate.length; k++) {
                consentDate[k] = getChars(in, size);
            }
            char[] lastContact = getChars(in, size);
            List<List<String>> tables = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int count = in.getInt();
                List<String> table = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    table.add(getString(in));
                }
                tables.add(List.copyOf(table));
            }
            if (in.getInt() != MAGIC || in.hasRemaining()) {
                return Optional.empty();
            }
            return Optional.of(new HouseholdColumns(size, x, y, codeBytes, codeStart, commune, interests, bytes[0], bytes[1],
                    bytes[2], bytes[3], bytes[4], consentDate, lastContact, tables.get(0), tables.get(1), tables.get(2),
                    tables.get(3)));
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            return Optional.empty(); // truncated or not ours: the database is read instead
        }
    }

    private static long strings(HouseholdColumns c) {
        long total = 0;
        for (List<String> table : List.of(c.communeCodes(), c.ageBands(), c.incomeBands(), c.consentSources())) {
            total += 4;
            for (String value : table) {
                total += 4 + utf8(value);
            }
        }
        return total;
    }

    private static int utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8).length;
    }

    private static void putString(ByteBuffer out, String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.putInt(utf8.length).put(utf8);
    }

    private static String getString(ByteBuffer in) {
        byte[] utf8 = new byte[in.getInt()];
        in.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static void putDoubles(ByteBuffer out, double[] values, int n) {
        out.putInt(n);
        out.asDoubleBuffer().put(values, 0, n);
        out.position(out.position() + n * Double.BYTES);
    }

    private static double[] getDoubles(ByteBuffer in, int size) {
        int n = checked(in.getInt(), size);
        double[] values = new double[n];
        in.asDoubleBuffer().get(values);
        in.position(in.position() + n * Double.BYTES);
        return values;
    }

    private static void putInts(ByteBuffer out, int[] values, int n) {
        out.putInt(n);
        out.asIntBuffer().put(values, 0, n);
        out.position(out.position() + n * Integer.BYTES);
    }

    private static int[] getInts(ByteBuffer in, int size) {
        int n = checked(in.getInt(), size);
        int[] values = new int[n];
        in.asIntBuffer().get(values);
        in.position(in.position() + n * Integer.BYTES);
        return values;
    }

    private static void putChars(ByteBuffer out, char[] values, int n) {
        out.putInt(n);
        out.asCharBuffer().put(values, 0, n);
        out.position(out.position() + n * Character.BYTES);
    }

    private static char[] getChars(ByteBuffer in, int size) {
        int n = checked(in.getInt(), size);
        char[] values = new char[n];
        in.asCharBuffer().get(values);
        in.position(in.position() + n * Character.BYTES);
        return values;
    }

    private static byte[] getBytes(ByteBuffer in, int size) {
        byte[] values = new byte[checked(in.getInt(), size)];
        in.get(values);
        return values;
    }

    private static int checked(int n, int size) {
        if (n != size) {
            throw new IllegalArgumentException("A column of " + n + " values for " + size + " households");
        }
        return n;
    }
}
