package org.geoprospect.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.geoprospect.io.layout.LayoutFiles;
import org.geoprospect.render.layout.MapScene;
import org.geoprospect.render.layout.PageFormat;
import org.geoprospect.render.points.PointScene;
import org.geoprospect.service.MapCreditsService;
import org.geoprospect.ui.Messages;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** The export dialog's choices without a window: default title, proposed file, extension, page. */
class MapExportModelTest {
    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);

    private static MapExportModel model(String projectName, String targetName) {
        MapExportSource source = new MapExportSource(null, projectName, targetName, new MapScene(List.of(), PointScene.EMPTY),
                new Envelope(0, 1000, 0, 1000), 1200, 800, false);
        return new MapExportModel(EN, source, new MapCreditsService(), Locale.ENGLISH);
    }

    @Test
    void theTitleIsTheProjectAndTheTargetShown() {
        assertEquals("Maine-et-Loire demo — vtt-angers", model("Maine-et-Loire demo", "vtt-angers").titleProperty().get());
        assertEquals("Maine-et-Loire demo", model("Maine-et-Loire demo", null).titleProperty().get());
        assertEquals("Map", model("", null).titleProperty().get());
    }

    @Test
    void theProposedFileIsTheTitleWithoutAccentsAndTheDate() {
        MapExportModel model = model("x", null);
        model.titleProperty().set("Prospection VTT — Saumur, Fontevraud-l’Abbaye");
        model.dateProperty().set(LocalDate.of(2026, 10, 1));
        assertEquals("prospection-vtt-saumur-fontevraud-l-abbaye-2026-10-01", model.fileBaseName());
        assertEquals("prospection-vtt-saumur-fontevraud-l-abbaye-2026-10-01.pdf", model.file().getFileName().toString());
    }

    @Test
    void theExtensionFollowsTheFormatAndIsAddedWhenMissing() {
        MapExportModel model = model("x", null);
        model.formatProperty().set(LayoutFiles.Format.PNG);
        assertTrue(model.fileTextProperty().get().endsWith(".png"), "a proposed name follows the format");
        model.fileTextProperty().set("/tmp/carte.png");
        model.formatProperty().set(LayoutFiles.Format.PDF);
        assertEquals("/tmp/carte.pdf", model.fileTextProperty().get());
        model.fileTextProperty().set("/tmp/carte");
        assertEquals(Path.of("/tmp/carte.pdf"), model.file());
        model.fileTextProperty().set(" ");
        assertThrows(IllegalArgumentException.class, model::file);
    }

    @Test
    void thePageIsThePaperAtItsResolutionOrThePixels() {
        MapExportModel model = model("x", null);
        model.paperProperty().set(MapExportModel.Paper.A3_PORTRAIT);
        model.dpiProperty().set(200);
        PageFormat a3 = model.page();
        assertEquals(PageFormat.a3(false).withDpi(200), a3);
        model.paperProperty().set(MapExportModel.Paper.PIXELS);
        assertEquals(PageFormat.pixels(1200, 800), model.page(), "the size starts at the view's");
        assertFalse(model.page().paper());
    }
}
