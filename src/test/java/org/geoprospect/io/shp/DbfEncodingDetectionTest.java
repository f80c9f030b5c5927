package org.geoprospect.io.shp;

import static org.geoprospect.io.shp.ShpFixtures.feature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbfEncodingDetectionTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private Path write(String name, Charset charset) throws IOException {
        Path shp = dir.resolve(name + ".shp");
        ShapefileWriter.write(shp, GeometryKind.POINT, List.of(DbfField.text("NOM", 30)),
                List.of(feature(1, "POINT (0 0)", "NOM", "Ancenis-Saint-Géréon")), 2154, charset);
        return shp;
    }

    private static void setLanguageDriver(Path shp, int ldid) throws IOException {
        Path dbf = ShpFixtures.sibling(shp, "dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        bytes[29] = (byte) ldid;
        Files.write(dbf, bytes);
    }

    @Test
    void withoutCpgUtf8ContentIsRecognised() throws IOException {
        Path shp = write("u", StandardCharsets.UTF_8);
        Files.delete(ShpFixtures.sibling(shp, "cpg"));
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals(StandardCharsets.UTF_8, data.charset());
        assertEquals("Ancenis-Saint-Géréon", data.features().get(0).text("NOM"));
    }

    @Test
    void withoutCpgAndLanguageDriverInvalidUtf8FallsBackToWindows1252() throws IOException {
        Path shp = write("w", WINDOWS_1252);
        Files.delete(ShpFixtures.sibling(shp, "cpg"));
        setLanguageDriver(shp, 0);
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals(WINDOWS_1252, data.charset());
        assertEquals("Ancenis-Saint-Géréon", data.features().get(0).text("NOM"));
    }

    @Test
    void languageDriverNamesTheCodePage() throws IOException {
        Path shp = write("d", WINDOWS_1252);
        Files.delete(ShpFixtures.sibling(shp, "cpg"));
        setLanguageDriver(shp, 0x02);
        assertEquals("IBM850", ShapefileReader.read(shp).charset().name());
        setLanguageDriver(shp, 0x01);
        assertEquals("IBM437", ShapefileReader.read(shp).charset().name());
        setLanguageDriver(shp, 0x03);
        assertEquals(WINDOWS_1252, ShapefileReader.read(shp).charset());
    }

    @Test
    void cpgWinsOverTheLanguageDriver() throws IOException {
        Path shp = write("c", StandardCharsets.UTF_8);
        setLanguageDriver(shp, 0x57);
        Files.writeString(ShpFixtures.sibling(shp, "cpg"), "UTF8\r\n");
        assertEquals("Ancenis-Saint-Géréon", ShapefileReader.read(shp).features().get(0).text("NOM"));
    }

    @Test
    void forcedCharsetWinsOverEverything() throws IOException {
        Path shp = write("f", StandardCharsets.UTF_8);
        ShapefileData data = ShapefileReader.read(shp, StandardCharsets.ISO_8859_1, ProgressMonitor.NONE);
        assertEquals(StandardCharsets.ISO_8859_1, data.charset());
        assertEquals("Ancenis-Saint-GÃ©rÃ©on", data.features().get(0).text("NOM"));
    }

    @Test
    void unknownCpgIsWarnedAndTheEncodingGuessed() throws IOException {
        Path shp = write("k", StandardCharsets.UTF_8);
        Files.writeString(ShpFixtures.sibling(shp, "cpg"), "KLINGON-42");
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals(StandardCharsets.UTF_8, data.charset());
        assertEquals(List.of("k.cpg names an unknown encoding; the encoding was guessed instead."), data.warnings());
    }

    @Test
    void cpgSpellings() {
        assertEquals(Optional.of(StandardCharsets.UTF_8), DbfCodePages.fromCpg("UTF-8"));
        assertEquals(Optional.of(StandardCharsets.UTF_8), DbfCodePages.fromCpg(" utf8 \n"));
        assertEquals(Optional.of(WINDOWS_1252), DbfCodePages.fromCpg("1252"));
        assertEquals(Optional.of(WINDOWS_1252), DbfCodePages.fromCpg("CP1252"));
        assertEquals(Optional.of(WINDOWS_1252), DbfCodePages.fromCpg("ANSI 1252"));
        assertEquals(Optional.of(WINDOWS_1252), DbfCodePages.fromCpg("windows-1252"));
        assertEquals(Optional.of(StandardCharsets.ISO_8859_1), DbfCodePages.fromCpg("ISO-8859-1"));
        assertEquals(Optional.of(StandardCharsets.ISO_8859_1), DbfCodePages.fromCpg("88591"));
        assertEquals("ISO-8859-15", DbfCodePages.fromCpg("8859-15").orElseThrow().name());
        assertEquals("IBM850", DbfCodePages.fromCpg("850").orElseThrow().name());
        assertEquals(Optional.empty(), DbfCodePages.fromCpg(""));
        assertEquals(Optional.empty(), DbfCodePages.fromCpg("nonsense"));
    }

    @Test
    void utf8Validation() {
        byte[] good = "Sèvremoine €".getBytes(StandardCharsets.UTF_8);
        assertTrue(DbfCodePages.isValidUtf8(good, 0, good.length));
        byte[] latin = "Sèvremoine".getBytes(WINDOWS_1252);
        assertFalse(DbfCodePages.isValidUtf8(latin, 0, latin.length));
        assertFalse(DbfCodePages.isValidUtf8(good, 0, 2), "sequence cut in the middle");
        assertFalse(DbfCodePages.isValidUtf8(new byte[] {(byte) 0xC0, (byte) 0x80}, 0, 2), "overlong");
        assertFalse(DbfCodePages.isValidUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3), "surrogate");
    }
}
