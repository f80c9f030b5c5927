package org.geoprospect.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.CrsLookupService;
import org.geoprospect.service.ImportPreviewService;
import org.geoprospect.service.ImportService;
import org.geoprospect.service.LayerImportReport;
import org.geoprospect.service.ProjectService;
import org.geoprospect.ui.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The layer import dialog's state without its View: preview, required CRS, import, cancel. */
class LayerImportViewModelTest {
    private static final Messages MESSAGES = Messages.forLocale(Locale.ENGLISH);
    private final ImportService imports = new ImportService();

    @TempDir
    Path dir;
    private Path project;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void createProject() throws Exception {
        project = dir.resolve("p");
        new ProjectService().create(project, false, ProgressMonitor.NONE);
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(LayerImportViewModelTest.class.getResource("/org/geoprospect/service/import/" + name).toURI());
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    private static void waitForPhase(ImportDialogModel model, ImportPhase phase) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.phaseProperty().get() == phase);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private LayerImportViewModel model(String fixture, Importers.LayerImporter importer,
                                       AtomicReference<LayerImportReport> imported) throws Exception {
        Path file = fixture(fixture);
        return fx(() -> new LayerImportViewModel(MESSAGES, project, file, Set.of("roads-noprj"), new ImportPreviewService(),
                importer, new CrsLookupService(), imported::set));
    }

    @Test
    void recognisedPrjGivesTheCrsAndTheCountAndAllowsImport() throws Exception {
        LayerImportViewModel model = model("communes4326.shp", imports::importLayer, new AtomicReference<>());
        fx(() -> {
            model.readPreview();
            return null;
        });
        waitForPhase(model, ImportPhase.READY);
        assertEquals(4326, model.chosenCrsProperty().get().code());
        assertFalse(model.crsRequiredProperty().get());
        assertTrue(model.previewProperty().get().features() > 0);
        assertTrue(model.canImportProperty().get());
        assertNull(model.crsWarningProperty().get());
        assertEquals("As detected (ISO-8859-1)", model.encodingProperty().get().label());
    }

    @Test
    void missingPrjRequiresACrsBeforeImportThenImports() throws Exception {
        AtomicReference<LayerImportReport> imported = new AtomicReference<>();
        LayerImportViewModel model = model("roads-noprj.shp", imports::importLayer, imported);
        fx(() -> {
            model.readPreview();
            return null;
        });
        waitForPhase(model, ImportPhase.READY);
        assertTrue(model.crsRequiredProperty().get());
        assertNull(model.chosenCrsProperty().get());
        assertFalse(model.canImportProperty().get(), "no import without a CRS");
        assertEquals("The project already has a layer named roads-noprj: importing replaces it.",
                model.nameWarningProperty().get());

        fx(() -> {
            model.crsQueryProperty().set("4326");
            model.chooseCrs(model.crsResults().get(0));
            return null;
        });
        assertTrue(model.canImportProperty().get());
        assertNotNull(model.crsWarningProperty().get(), "Lambert-93 metres are no WGS84 degrees");

        fx(() -> {
            model.crsQueryProperty().set("2154");
            model.chooseCrs(model.crsResults().get(0));
            model.layerNameProperty().set("motorways");
            return null;
        });
        assertEquals(2154, model.chosenCrsProperty().get().code());
        assertNull(model.crsWarningProperty().get());
        assertNull(model.nameWarningProperty().get());
        fx(() -> {
            model.importLayer();
            return null;
        });
        waitForPhase(model, ImportPhase.DONE);
        LayerImportReport report = model.resultProperty().get();
        assertEquals(2154, report.sourceSrid());
        assertEquals(model.previewProperty().get().features(), report.imported());
        assertEquals(report, imported.get(), "the window is told, to reload the map");
        assertEquals(java.util.List.of("motorways"), new ProjectService().layers(project).stream().map(LayerInfo::name).toList());
    }

    @Test
    void cancelledImportLeavesNothingAndTheDialogReadyAgain() throws Exception {
        CountDownLatch cancelPressed = new CountDownLatch(1);
        Importers.LayerImporter waitsForCancel = (p, f, n, s, e, monitor) -> {
            try {
                assertTrue(cancelPressed.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException interrupted) {
                throw new AssertionError(interrupted);
            }
            return imports.importLayer(p, f, n, s, e, monitor);
        };
        AtomicReference<LayerImportReport> imported = new AtomicReference<>();
        LayerImportViewModel model = model("communes.geojson", waitsForCancel, imported);
        fx(() -> {
            model.readPreview();
            return null;
        });
        waitForPhase(model, ImportPhase.READY);
        fx(() -> {
            model.importLayer();
            return null;
        });
        assertEquals(ImportPhase.IMPORTING, model.phaseProperty().get());
        assertFalse(model.canImportProperty().get());
        assertFalse(model.canClose());
        fx(() -> {
            model.cancel();
            return null;
        });
        assertTrue(model.cancellingProperty().get());
        cancelPressed.countDown();
        waitForPhase(model, ImportPhase.READY);
        assertEquals("Import cancelled: nothing was imported, the project is as it was.", model.noticeProperty().get());
        assertNull(model.errorProperty().get());
        assertNull(model.resultProperty().get());
        assertNull(imported.get());
        assertTrue(model.canImportProperty().get(), "the user can try again");
        assertTrue(new ProjectService().layers(project).isEmpty());
    }

    @Test
    void aDamagedFileIsOneSentenceAndNothingToImport() throws Exception {
        Path broken = dir.resolve("broken.shp");
        java.nio.file.Files.write(broken, new byte[] {1, 2, 3});
        LayerImportViewModel damaged = fx(() -> new LayerImportViewModel(MESSAGES, project, broken, Set.of(),
                new ImportPreviewService(), imports::importLayer, new CrsLookupService(), r -> { }));
        fx(() -> {
            damaged.readPreview();
            return null;
        });
        waitForPhase(damaged, ImportPhase.PREVIEW_FAILED);
        String error = damaged.errorProperty().get();
        assertTrue(error.startsWith("broken.shx"), error);
        assertFalse(error.contains("Exception") || error.contains("\tat "), error);
        assertFalse(damaged.canImportProperty().get());
    }

    @Test
    void anImportFailureIsTheServiceSentenceAndTheDialogStaysReady() throws Exception {
        Path file = fixture("communes.geojson");
        Path noProject = dir.resolve("no-project-here");
        LayerImportViewModel model = fx(() -> new LayerImportViewModel(MESSAGES, noProject, file, Set.of(),
                new ImportPreviewService(), imports::importLayer, new CrsLookupService(), r -> { }));
        fx(() -> {
            model.readPreview();
            return null;
        });
        waitForPhase(model, ImportPhase.READY);
        fx(() -> {
            model.importLayer();
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.errorProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        String error = model.errorProperty().get();
        assertEquals(ImportPhase.READY, model.phaseProperty().get());
        assertTrue(error.contains("no-project-here"), error);
        assertFalse(error.contains("Exception"), error);
    }
}
