package org.geoprospect.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.geoprospect.analysis.GridFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The households' columns saved and read back: every field equal, and only with the stamp asked for. */
public class HouseholdColumnsCodecTest {
    @TempDir
    Path dir;

    /** Compares every instance field of the two columns, arrays by content: a field added later is compared too. */
    public static void assertSameColumns(HouseholdColumns expected, HouseholdColumns actual) throws Exception {
        for (Field field : HouseholdColumns.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            Object a = field.get(expected);
            Object b = field.get(actual);
            assertTrue(Arrays.deepEquals(new Object[] {a}, new Object[] {b}), "field " + field.getName() + " differs");
        }
    }

    @Test
    void whatIsWrittenIsReadBackFieldForField() throws Exception {
        HouseholdColumns columns = GridFixture.data().households();
        Path file = dir.resolve("h.columns");
        HouseholdColumnsCodec.write(columns, "stamp-1", file);
        HouseholdColumns read = HouseholdColumnsCodec.read(file, "stamp-1").orElseThrow();
        assertSameColumns(columns, read);
        assertEquals(columns.anonCode(37), read.anonCode(37));
        assertEquals(columns.size() - 1, read.idOfCode(columns.anonCode(columns.size() - 1)));
        assertFalse(Files.exists(dir.resolve("h.columns.partial")), "written through a temporary file");
    }

    @Test
    void anotherStampATruncatedFileOrGarbageGiveNothing() throws Exception {
        HouseholdColumns columns = GridFixture.data().households();
        Path file = dir.resolve("h.columns");
        HouseholdColumnsCodec.write(columns, "stamp-1", file);
        assertTrue(HouseholdColumnsCodec.read(file, "stamp-2").isEmpty(), "a stale copy is not used");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 5));
        assertTrue(HouseholdColumnsCodec.read(file, "stamp-1").isEmpty(), "a truncated copy is not used");
        Files.write(file, "not a columns file at all".getBytes());
        assertTrue(HouseholdColumnsCodec.read(file, "stamp-1").isEmpty());
        assertTrue(HouseholdColumnsCodec.read(dir.resolve("none"), "stamp-1").isEmpty());
    }
}
