package org.geoprospect.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.CsvImportSummary;
import org.geoprospect.service.CustomerFileKind;
import org.geoprospect.service.ImportPreviewService;
import org.geoprospect.service.ImportService;
import org.geoprospect.service.ProjectService;
import org.geoprospect.ui.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The customer import dialog's state: kind guessed, a wrong kind blocks the import, the import's counts. */
class CustomerImportViewModelTest {
    private static final String HOUSEHOLDS = String.join("\r\n",
            "Code anonyme;Code Postal;Ville;Centres d'intérêt",
            "F001;49000;Angers;picnic",
            "F002;49300;Cholet;hiking",
            "F003;99999;Nulle-part;picnic",
            "");

    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    private static void waitForPhase(ImportDialogModel model, ImportPhase phase) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.phaseProperty().get() == phase);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void guessesTheKindRefusesAWrongOneAndImportsWithRejects() throws Exception {
        Path project = dir.resolve("p");
        new ProjectService().create(project, false, ProgressMonitor.NONE);
        Path csv = Files.write(dir.resolve("foyers.csv"), HOUSEHOLDS.getBytes(Charset.forName("windows-1252")));
        AtomicReference<CsvImportSummary> told = new AtomicReference<>();
        CustomerImportViewModel model = fx(() -> new CustomerImportViewModel(Messages.forLocale(Locale.ENGLISH), project, csv,
                new ImportPreviewService(), new ImportService()::importCustomers, told::set));
        fx(() -> {
            model.readPreview();
            return null;
        });
        waitForPhase(model, ImportPhase.READY);
        assertEquals(CustomerFileKind.HOUSEHOLDS, model.kindProperty().get());
        assertTrue(model.canImportProperty().get());

        fx(() -> {
            model.kindProperty().set(CustomerFileKind.COMPETITORS);
            return null;
        });
        waitForPhase(model, ImportPhase.READY);
        assertEquals(CustomerFileKind.COMPETITORS, model.previewProperty().get().kind());
        assertFalse(model.canImportProperty().get(), "no code column: not a competitors file");

        fx(() -> {
            model.kindProperty().set(CustomerFileKind.HOUSEHOLDS);
            return null;
        });
        waitForPhase(model, ImportPhase.READY);
        fx(() -> {
            model.importFile();
            return null;
        });
        waitForPhase(model, ImportPhase.DONE);
        CsvImportSummary summary = model.resultProperty().get();
        assertEquals(3, summary.read());
        assertEquals(2, summary.imported());
        assertEquals(1, summary.rejected());
        assertNotNull(summary.rejectsFile());
        assertTrue(Files.exists(Path.of(summary.rejectsFile())));
        assertEquals(summary, told.get());
        assertEquals(2, new ProjectService().stats(project).households());
    }
}
