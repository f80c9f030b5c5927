package org.geoprospect.privacy;

import static org.geoprospect.privacy.Fixtures.clockAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.store.HouseholdEntry;
import org.geoprospect.store.ProjectDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens an exported list with LibreOffice (headless), as a user's spreadsheet would, and checks that no
 * cell became a formula and that accents survived. Skipped, with the reason printed, when
 * {@code soffice} is not installed (Debian: {@code apt-get install libreoffice-calc-nogui}).
 */
class LibreOfficeRoundTripTest {
    private static final String[] DANGEROUS = {"=1+1", "+1+1", "-1+1", "@SUM(1;1)", " =1+1", "\u00A0=1+1",
            "=HYPERLINK(\"http://example.invalid\";\"clic\")", "\t=1+1"};

    @TempDir
    Path temp;

    @Test
    void anExportedListOpensWithoutFormulasAndWithItsAccents() throws Exception {
        Path soffice = findSoffice();
        Assumptions.assumeTrue(soffice != null, () -> {
            String why = "LibreOfficeRoundTripTest skipped: soffice is not installed (apt-get install libreoffice-calc-nogui).";
            System.out.println(why);
            return why;
        });
        List<HouseholdEntry> entries = new ArrayList<>();
        List<Household> households = new ArrayList<>();
        for (int i = 0; i < DANGEROUS.length; i++) {
            String code = String.format("HL%02d", i);
            Household h = Fixtures.consenting(code, Channel.EMAIL);
            households.add(h);
            entries.add(new HouseholdEntry(h, new HouseholdContact(code, DANGEROUS[i], "Hélène Lefèvre-Çà Œ",
                    "1 rue de l'Église", "49100", "Angers", "+33 6 12 34 56 78", "x" + i + "@example.org")));
        }
        Path csv = Files.createDirectories(temp.resolve("out")).resolve("list.csv");
        try (ProjectDatabase database = ProjectFixture.create(temp.resolve("p"), entries)) {
            ContactPolicy policy = new ContactPolicy(clockAt(LocalDate.of(2026, 3, 1)), ObjectionList.empty());
            new ContactListExporter(database, policy, new ExportContext("t", "t", h -> null))
                    .export(households, ExportRequest.contactList(Channel.EMAIL, csv)
                            .withColumns(List.of(ExportColumn.FIRST_NAME, ExportColumn.LAST_NAME, ExportColumn.PHONE)));
        }

        Path xlsx = convert(soffice, csv, "xlsx", temp.resolve("xlsx"));
        String sheet = zipEntry(xlsx, "xl/worksheets/sheet1.xml");
        String strings = zipEntry(xlsx, "xl/sharedStrings.xml");
        assertFalse(sheet.contains("<f>") || sheet.contains("<f "), "no cell is a formula:\n" + sheet);
        assertTrue(strings.contains("Hélène Lefèvre-Çà Œ"), "accents survive:\n" + strings);
        assertTrue(strings.contains("1+1"), "the dangerous text is kept as text:\n" + strings);

        Path back = convert(soffice, xlsx, "csv:Text - txt - csv (StarCalc):59,34,76,1", temp.resolve("csv"));
        String text = Files.readString(back, StandardCharsets.UTF_8);
        assertTrue(text.contains("Hélène Lefèvre-Çà Œ"), text);
        assertTrue(text.contains("\"06 12 34 56 78\""), "the phone stays text with its leading zero: " + text);
        // The neutralising apostrophe stays visible as text (the accepted cost of the OWASP defence).
        assertTrue(text.contains("\"'=1+1\""), text);
        assertFalse(text.lines().anyMatch(line -> line.startsWith("HL00;2;")), "=1+1 was not evaluated to 2: " + text);
    }

    private static Path findSoffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private Path convert(Path soffice, Path input, String filter, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        // A private profile, so that the test neither depends on nor touches the user's LibreOffice settings.
        String profile = temp.resolve("lo-profile").toUri().toString();
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile, "--headless",
                "--infilter=CSV:59,34,76,1", "--convert-to", filter, "--outdir", outDir.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("soffice-" + outDir.getFileName() + ".log").toFile())
                .start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
        assertEquals(0, process.exitValue(), () -> "soffice failed: " + readLog(outDir));
        String base = input.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String extension = filter.contains(":") ? filter.substring(0, filter.indexOf(':')) : filter;
        Path output = outDir.resolve(base + "." + extension);
        assertTrue(Files.isRegularFile(output), () -> "soffice wrote no " + output + ": " + readLog(outDir));
        return output;
    }

    private String readLog(Path outDir) {
        try {
            return Files.readString(temp.resolve("soffice-" + outDir.getFileName() + ".log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String zipEntry(Path zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException(name + " is missing from " + zip);
    }
}
