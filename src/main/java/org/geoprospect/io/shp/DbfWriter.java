package org.geoprospect.io.shp;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes a dBase III table (the {@code .dbf} of a shapefile) record by record.
 *
 * <p>Header: version 0x03, the caller's last-update date, record count, header and record lengths, language driver
 * byte from {@link DbfCodePages#languageDriverOf}. Values: text encoded with the charset and cut to
 * the field width on a character boundary (unmappable characters become '?'); numbers right-aligned
 * with the field's decimals (half-up rounding); logicals 'T'/'F' ('?' for null); dates yyyyMMdd; other
 * nulls, NaN and infinities as blanks. Not thread-safe.
 */
final class DbfWriter {
    private static final int FLUSH_THRESHOLD = 1 << 20;

    private final FileChannel channel;
    private final List<DbfField> fields;
    private final CharsetEncoder encoder;
    private final boolean asciiCompatible;
    private final int recordLength;
    private final byte[] record;
    private ByteBuffer out = ByteBuffer.allocate(FLUSH_THRESHOLD * 2);

    DbfWriter(FileChannel channel, List<DbfField> fields, Charset charset, int recordCount, LocalDate lastUpdate)
            throws IOException {
        this.channel = channel;
        this.fields = fields;
        this.encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.asciiCompatible = charset.newEncoder().canEncode("A") && "A".getBytes(charset).length == 1
                && charset.name().indexOf("UTF-16") < 0 && charset.name().indexOf("UTF-32") < 0;
        int length = 1;
        for (DbfField field : fields) {
            length += field.length();
        }
        if (length > 0xFFFF) {
            throw new IllegalArgumentException("The DBF fields add up to " + length
                    + " bytes per record; dBase allows at most 65535.");
        }
        this.recordLength = length;
        this.record = new byte[length];
        writeHeader(charset, recordCount, lastUpdate);
    }

    /** Checks a field list against the dBase III rules before anything is written. */
    static void validate(List<DbfField> fields) {
        if (fields.size() > 2046) {
            throw new IllegalArgumentException("A DBF file holds at most 2046 fields, not " + fields.size() + ".");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (DbfField field : fields) {
            String name = field.name();
            if (name.isEmpty() || name.length() > 10 || !name.chars().allMatch(c -> c > 32 && c < 127)) {
                throw new IllegalArgumentException("DBF field name \"" + name
                        + "\" must be 1 to 10 printable ASCII characters without spaces.");
            }
            if (!seen.add(name.toUpperCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("DBF field name \"" + name + "\" appears twice.");
            }
            int len = field.length();
            int dec = field.decimals();
            boolean ok = switch (field.type()) {
                case 'C' -> len >= 1 && len <= 254 && dec == 0;
                case 'N', 'F' -> len >= 1 && len <= 20 && dec >= 0 && (dec == 0 || dec <= len - 2);
                case 'L' -> len == 1 && dec == 0;
                case 'D' -> len == 8 && dec == 0;
                default -> false;
            };
            if (!ok) {
                throw new IllegalArgumentException("DBF field " + name + " of type '" + field.type() + "' width "
                        + len + " decimals " + dec + " is not allowed: use C (1-254), N or F (1-20, decimals"
                        + " at most width-2), L (1) or D (8).");
            }
        }
    }

    private void writeHeader(Charset charset, int recordCount, LocalDate lastUpdate) throws IOException {
        int headerLength = 32 + 32 * fields.size() + 1;
        ByteBuffer header = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
        if (lastUpdate.getYear() < 1900 || lastUpdate.getYear() > 2155) {
            throw new IllegalArgumentException("A DBF header holds last-update years 1900-2155, not " + lastUpdate.getYear() + ".");
        }
        LocalDate today = lastUpdate;
        header.put((byte) 0x03);
        header.put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue()).put((byte) today.getDayOfMonth());
        header.putInt(recordCount);
        header.putShort((short) headerLength);
        header.putShort((short) recordLength);
        header.position(29);
        header.put(DbfCodePages.languageDriverOf(charset));
        header.position(32);
        for (DbfField field : fields) {
            byte[] name = field.name().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            int start = header.position();
            header.put(name);
            header.position(start + 11);
            header.put((byte) field.type());
            header.position(start + 16);
            header.put((byte) field.length());
            header.put((byte) field.decimals());
            header.position(start + 32);
        }
        header.put((byte) 0x0D);
        header.flip();
        while (header.hasRemaining()) {
            channel.write(header);
        }
    }

    /**
     * Appends one record.
     *
     * @param featureId  used in error messages only
     * @param attributes values looked up by field name; missing names are written as null
     * @throws IllegalArgumentException when a value has the wrong type or does not fit its field
     */
    void write(long featureId, Map<String, Object> attributes) throws IOException {
        Arrays.fill(record, (byte) ' ');
        int offset = 1;
        for (DbfField field : fields) {
            Object value = attributes.get(field.name());
            if (value != null) {
                encodeValue(featureId, field, value, offset);
            } else if (field.type() == 'L') {
                // '?' is the dBase "not initialised" logical; shapelib writes it and H2GIS reads a blank as text.
                record[offset] = '?';
            }
            offset += field.length();
        }
        if (out.remaining() < recordLength) {
            flush();
            if (out.capacity() < recordLength) {
                out = ByteBuffer.allocate(recordLength);
            }
        }
        out.put(record);
        if (out.position() >= FLUSH_THRESHOLD) {
            flush();
        }
    }

    /** Writes the end-of-file marker and flushes; the channel stays open. */
    void finish() throws IOException {
        if (!out.hasRemaining()) {
            flush();
        }
        out.put((byte) 0x1A);
        flush();
    }

    private void flush() throws IOException {
        out.flip();
        while (out.hasRemaining()) {
            channel.write(out);
        }
        out.clear();
    }

    private void encodeValue(long featureId, DbfField field, Object value, int offset) {
        switch (field.type()) {
            case 'C' -> encodeText(value.toString(), offset, field.length());
            case 'N', 'F' -> encodeNumber(featureId, field, value, offset);
            case 'L' -> {
                if (!(value instanceof Boolean bool)) {
                    throw wrongType(featureId, field, "a Boolean", value);
                }
                record[offset] = (byte) (bool ? 'T' : 'F');
            }
            case 'D' -> {
                if (!(value instanceof LocalDate date)) {
                    throw wrongType(featureId, field, "a LocalDate", value);
                }
                if (date.getYear() < 0 || date.getYear() > 9999) {
                    throw new IllegalArgumentException("Feature " + featureId + ": date " + date + " of field "
                            + field.name() + " is outside the years 0-9999 a DBF date can hold.");
                }
                putAscii(String.format(java.util.Locale.ROOT, "%04d%02d%02d",
                        date.getYear(), date.getMonthValue(), date.getDayOfMonth()), offset);
            }
            default -> throw new IllegalStateException("validated field type " + field.type());
        }
    }

    /** Encodes text left-aligned; a too-long text is cut before the first character that would not fit. */
    private void encodeText(String text, int offset, int width) {
        if (asciiCompatible && text.length() <= width && isAscii(text)) {
            for (int i = 0; i < text.length(); i++) {
                record[offset + i] = (byte) text.charAt(i);
            }
            return;
        }
        ByteBuffer target = ByteBuffer.wrap(record, offset, width);
        encoder.reset();
        // The encoder stops on overflow at a character boundary, so no multibyte sequence is split.
        encoder.encode(CharBuffer.wrap(text), target, true);
        encoder.flush(target);
    }

    private void encodeNumber(long featureId, DbfField field, Object value, int offset) {
        String digits;
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            long number = ((Number) value).longValue();
            digits = field.decimals() == 0 ? Long.toString(number)
                    : BigDecimal.valueOf(number).setScale(field.decimals()).toPlainString();
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                return; // dBase has no NaN or infinity: left blank, read back as null.
            }
            digits = BigDecimal.valueOf(number).setScale(field.decimals(), RoundingMode.HALF_UP).toPlainString();
        } else if (value instanceof BigDecimal || value instanceof BigInteger) {
            BigDecimal number = value instanceof BigInteger big ? new BigDecimal(big) : (BigDecimal) value;
            digits = number.setScale(field.decimals(), RoundingMode.HALF_UP).toPlainString();
        } else {
            throw wrongType(featureId, field, "a number", value);
        }
        if (digits.length() > field.length()) {
            throw new IllegalArgumentException("Feature " + featureId + ": value " + digits + " does not fit field "
                    + field.name() + " (" + field.length() + " characters); widen the field.");
        }
        putAscii(digits, offset + field.length() - digits.length());
    }

    private void putAscii(String text, int offset) {
        for (int i = 0; i < text.length(); i++) {
            record[offset + i] = (byte) text.charAt(i);
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException wrongType(long featureId, DbfField field, String expected, Object value) {
        return new IllegalArgumentException("Feature " + featureId + ": field " + field.name() + " expects "
                + expected + " but holds a " + value.getClass().getSimpleName() + ".");
    }
}
