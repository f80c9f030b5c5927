package org.geoprospect.io.shp;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the records of a dBase table (the {@code .dbf} of a shapefile) as typed values.
 *
 * <p>Types: C → String without trailing blanks; N/F → Long when the field has no decimals and the
 * value fits, else Double; L → Boolean; D → LocalDate; I (Visual FoxPro integer) → Long; any other
 * type → its text. Blank values are null. A value that cannot be parsed is null and warned about
 * (without its content, which may be personal). The header is checked against the file size before
 * any record is read. Usage: {@link #open}, {@link #useCharset}, then {@link #read} in any order.
 * Not thread-safe.
 */
final class DbfReader implements Closeable {
    private final ChannelWindow window;
    private final String fileName;
    private final ReadWarnings warnings;
    private final int recordCount;
    private final int headerLength;
    private final int recordLength;
    private final int languageDriver;
    private final byte[][] rawNames;
    private final char[] types;
    private final int[] offsets;
    private final int[] widths;
    private final int[] decimals;
    private final byte[] record;
    private final boolean[] warnedField;
    private String[] names;
    private List<DbfField> fields;
    private Charset charset = DbfCodePages.WINDOWS_1252;
    private long deletedRecords;

    private DbfReader(ChannelWindow window, String fileName, ReadWarnings warnings) throws IOException {
        this.window = window;
        this.fileName = fileName;
        this.warnings = warnings;
        long size = window.size();
        if (size == 0) {
            throw new ShapefileFormatException(fileName + " is empty; it should hold the attribute table.");
        }
        if (size < 33) {
            throw new ShapefileFormatException(fileName + " is too short to be a dBase table (" + size + " bytes).");
        }
        ByteBuffer head = window.at(0, 32, ByteOrder.LITTLE_ENDIAN);
        int base = head.position();
        recordCount = head.getInt(base + 4);
        headerLength = Short.toUnsignedInt(head.getShort(base + 8));
        recordLength = Short.toUnsignedInt(head.getShort(base + 10));
        languageDriver = head.get(base + 29) & 0xFF;
        if (recordCount < 0 || headerLength < 33 || headerLength > size || recordLength < 1) {
            throw new ShapefileFormatException(fileName + " has a damaged header (record count " + recordCount
                    + ", header length " + headerLength + ", record length " + recordLength
                    + "); it is not a valid dBase table.");
        }
        long needed = headerLength + (long) recordCount * recordLength;
        if (needed > size) {
            long holds = (size - headerLength) / recordLength;
            throw new ShapefileFormatException(fileName + " claims " + recordCount + " records but holds only "
                    + holds + "; the file is truncated, copy it again from its source.");
        }
        int maxFields = (headerLength - 33) / 32 + 1;
        ByteBuffer descriptors = window.at(32, headerLength - 32, ByteOrder.LITTLE_ENDIAN);
        int at = descriptors.position();
        int end = at + headerLength - 32;
        List<byte[]> nameList = new ArrayList<>();
        List<int[]> specs = new ArrayList<>();
        int offset = 1;
        while (at + 32 <= end && descriptors.get(at) != 0x0D && nameList.size() < maxFields) {
            int nameLength = 0;
            while (nameLength < 11 && descriptors.get(at + nameLength) != 0) {
                nameLength++;
            }
            byte[] name = new byte[nameLength];
            descriptors.get(at, name);
            int type = descriptors.get(at + 11) & 0xFF;
            int width = descriptors.get(at + 16) & 0xFF;
            int decimalCount = descriptors.get(at + 17) & 0xFF;
            nameList.add(name);
            specs.add(new int[] {type, offset, width, decimalCount});
            offset += width;
            at += 32;
        }
        if (offset > recordLength) {
            throw new ShapefileFormatException(fileName + " declares fields " + (offset - 1)
                    + " bytes wide in records of " + (recordLength - 1) + " bytes; the table is damaged.");
        }
        int n = nameList.size();
        rawNames = nameList.toArray(new byte[0][]);
        types = new char[n];
        offsets = new int[n];
        widths = new int[n];
        decimals = new int[n];
        for (int i = 0; i < n; i++) {
            int[] spec = specs.get(i);
            types[i] = Character.toUpperCase((char) spec[0]);
            offsets[i] = spec[1];
            widths[i] = spec[2];
            decimals[i] = spec[3];
        }
        record = new byte[recordLength];
        warnedField = new boolean[n];
        useCharset(charset);
    }

    /** Opens a table and checks its header. */
    static DbfReader open(Path path, ReadWarnings warnings) throws IOException {
        ChannelWindow window = new ChannelWindow(path);
        try {
            return new DbfReader(window, ShapefilePaths.fileName(path), warnings);
        } catch (IOException | RuntimeException e) {
            window.close();
            throw e;
        }
    }

    int recordCount() {
        return recordCount;
    }

    int languageDriver() {
        return languageDriver;
    }

    List<DbfField> fields() {
        return fields;
    }

    long deletedRecords() {
        return deletedRecords;
    }

    /** Sets the text encoding, which also decodes the field names (made unique if the file repeats one). */
    void useCharset(Charset textCharset) {
        this.charset = textCharset;
        names = new String[rawNames.length];
        List<DbfField> list = new ArrayList<>(rawNames.length);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rawNames.length; i++) {
            String name = new String(rawNames[i], textCharset).strip();
            if (name.isEmpty()) {
                name = "FIELD" + (i + 1);
            }
            String unique = name;
            for (int k = 2; !seen.add(unique.toUpperCase(Locale.ROOT)); k++) {
                unique = name + "_" + k;
            }
            if (!unique.equals(name) && fields == null) {
                warnings.add(fileName + " has two fields named " + name + "; the second was renamed " + unique + ".");
            }
            names[i] = unique;
            list.add(new DbfField(unique, types[i], widths[i], decimals[i]));
        }
        fields = List.copyOf(list);
    }

    /** Whether the bytes of every text field in every record are valid UTF-8 (a full pass over the file). */
    boolean textIsValidUtf8() throws IOException {
        for (int r = 0; r < recordCount; r++) {
            load(r);
            for (int f = 0; f < types.length; f++) {
                if (types[f] == 'C' && !DbfCodePages.isValidUtf8(record, offsets[f], widths[f])) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Reads one record's values keyed by field name, in field order.
     *
     * @param index 0-based record index, below {@link #recordCount()}
     */
    Map<String, Object> read(int index) throws IOException {
        load(index);
        if (record[0] == '*') {
            deletedRecords++;
        }
        Map<String, Object> values = new LinkedHashMap<>(types.length * 2);
        for (int f = 0; f < types.length; f++) {
            values.put(names[f], value(f, index + 1L));
        }
        return values;
    }

    private void load(int index) throws IOException {
        ByteBuffer buffer = window.at(headerLength + (long) index * recordLength, recordLength, ByteOrder.LITTLE_ENDIAN);
        buffer.get(record);
    }

    private Object value(int f, long recordNumber) {
        int start = offsets[f];
        int end = start + widths[f];
        while (end > start && (record[end - 1] == ' ' || record[end - 1] == 0)) {
            end--;
        }
        if (types[f] == 'C') {
            return end == start ? null : new String(record, start, end - start, charset);
        }
        while (start < end && record[start] == ' ') {
            start++;
        }
        if (start == end) {
            return null;
        }
        Object value = switch (types[f]) {
            case 'N', 'F' -> DbfValues.number(record, start, end, decimals[f]);
            case 'L' -> DbfValues.logical(record[start]);
            case 'D' -> date(start, end);
            case 'I' -> widths[f] == 4 ? (Object) (long) ByteBuffer.wrap(record, offsets[f], 4)
                    .order(ByteOrder.LITTLE_ENDIAN).getInt() : null;
            default -> new String(record, start, end - start, charset);
        };
        boolean knownEmpty = types[f] == 'L' || DbfValues.isAll(record, start, end, (byte) '*')
                || (types[f] == 'D' && DbfValues.isAll(record, start, end, (byte) '0'));
        if (value == null && !knownEmpty) {
            warnInvalid(f, recordNumber);
        }
        return value;
    }

    private Object date(int start, int end) {
        if (end - start != 8) {
            return null;
        }
        int year = DbfValues.digits(record, start, 4);
        int month = DbfValues.digits(record, start + 4, 2);
        int day = DbfValues.digits(record, start + 6, 2);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        if (year == 0 && month == 0 && day == 0) {
            return null; // "00000000" is how some writers spell an empty date
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    private void warnInvalid(int f, long recordNumber) {
        if (!warnedField[f]) {
            warnedField[f] = true;
            warnings.add("Record " + recordNumber + " of " + fileName + ": field " + names[f]
                    + " holds a value that is not a valid " + typeName(types[f])
                    + "; it was read as empty (later such values of this field are not listed).");
        }
    }

    private static String typeName(char type) {
        return switch (type) {
            case 'N', 'F' -> "number";
            case 'D' -> "date";
            case 'I' -> "integer";
            default -> "value";
        };
    }

    /** The name of the text encoding in use, for messages. */
    String charsetName() {
        return charset.name();
    }

    @Override
    public void close() throws IOException {
        window.close();
    }
}
