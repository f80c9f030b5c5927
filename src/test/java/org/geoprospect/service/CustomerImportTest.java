package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geoprospect.model.CancelledException;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Customer files through the import service into a real project: counts, updates by key, rejects, all-or-nothing. */
class CustomerImportTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A CRM export as French Excel writes it: ';', Windows-1252, French headers, dd/MM/yyyy, oui/non. */
    private static final String FRENCH_HOUSEHOLDS = String.join("\r\n",
            "Code anonyme;Code Postal;Ville;Centres d'intérêt;Consentement email;Date consentement email;Prénom;Nom;Courriel",
            "F001;49000;Angers;picnic|mountain_bike;oui;12/03/2025;Zoé;Exemple;zoe.exemple@example.org",
            "F002;49300;Cholet;hiking;non;;;;",
            "F003;99999;Nulle-part;picnic;non;;;;",
            "F004;49400;Saumur;picnic;oui;31/02/2025;Léa;Fictif;lea@example.org",
            "");

    @TempDir
    Path dir;
    private Path project;
    private final ImportService imports = new ImportService();

    @BeforeEach
    void createProject() throws Exception {
        project = dir.resolve("p");
        new ProjectService().create(project, false, ProgressMonitor.NONE);
    }

    @Test
    void aFrenchExcelExportIsImportedWithItsBadRowsRejected() throws Exception {
        Path csv = Files.write(dir.resolve("foyers.csv"), FRENCH_HOUSEHOLDS.getBytes(WINDOWS_1252));
        CsvImportSummary summary = imports.importCustomers(project, CustomerFileKind.HOUSEHOLDS, csv, null, null, ProgressMonitor.NONE);
        assertEquals(4, summary.read());
        assertEquals(2, summary.imported());
        assertEquals(0, summary.updated());
        assertEquals(2, summary.rejected(), "an unknown postal code and 31 February");
        assertNotNull(summary.rejectsFile());
        String rejects = Files.readString(Path.of(summary.rejectsFile()), WINDOWS_1252);
        assertTrue(rejects.contains("F003") && rejects.contains("F004") && !rejects.contains("F001"), rejects);
        assertEquals(2, new ProjectService().stats(project).households());
        assertEquals(2L, summary.placedBy().get("postal_code"));
    }

    @Test
    void reimportingUpdatesByKeyInsteadOfDuplicating() throws Exception {
        Path csv = Files.write(dir.resolve("foyers.csv"), FRENCH_HOUSEHOLDS.getBytes(WINDOWS_1252));
        imports.importCustomers(project, CustomerFileKind.HOUSEHOLDS, csv, null, null, ProgressMonitor.NONE);
        CsvImportSummary again = imports.importCustomers(project, CustomerFileKind.HOUSEHOLDS, csv, null, null, ProgressMonitor.NONE);
        assertEquals(0, again.imported());
        assertEquals(2, again.updated());
        assertEquals(2, new ProjectService().stats(project).households());
    }

    @Test
    void aCleanFileWritesNoRejectsFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("competitors.csv"),
                "code,name,brand,lon,lat,attractiveness\nK1,Grand Air,GA,-0.55,47.47,4500\nK2,Vélo,VF,-0.88,47.06,1800\n");
        CsvImportSummary summary = imports.importCustomers(project, CustomerFileKind.COMPETITORS, csv, null, null, ProgressMonitor.NONE);
        assertEquals(2, summary.imported());
        assertNull(summary.rejectsFile());
        assertEquals(2, new ProjectService().stats(project).competitors());
    }

    @Test
    void aCancelledImportLeavesTheProjectAsItWas() throws Exception {
        Path folder = dir.resolve("sample");
        new SampleService().generate(folder, 5_000, 3, ProgressMonitor.NONE);
        ProgressMonitor cancelSoon = new ProgressMonitor() {
            private volatile boolean started;

            @Override
            public void progress(long done, long total) {
                started = done > 0;
            }

            @Override
            public boolean isCancelled() {
                return started;
            }
        };
        assertThrows(CancelledException.class, () -> imports.importCustomers(project, CustomerFileKind.HOUSEHOLDS,
                folder.resolve("sample-data/households.csv"), null, null, cancelSoon));
        assertEquals(0, new ProjectService().stats(project).households());
    }
}
