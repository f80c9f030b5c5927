package org.geoprospect.ui.sectors;

import static org.geoprospect.ui.target.PanelsFixture.fx;
import static org.geoprospect.ui.target.PanelsFixture.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.geoprospect.analysis.potential.SectorPotential;
import org.geoprospect.analysis.potential.SectorPotentialRow;
import org.geoprospect.service.SectorPanelService.SectorPanelRow;
import org.geoprospect.ui.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The sector panel's "Export CSV…": the rows shown are written through the service, small counts kept masked. */
class SectorCsvExportTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static SectorPanelRow row(String code, String name, long households, long matching, long clients) {
        return new SectorPanelRow(SectorPotentialRow.of(new SectorPotential(code, name, households, matching, clients,
                1000.0 * clients / households, matching - clients)),
                new Envelope(0, 1, 0, 1));
    }

    @Test
    void theRowsShownAreWrittenWithSmallCountsMasked() throws Exception {
        SectorPanelViewModel model = fx(() -> new SectorPanelViewModel(Messages.forLocale(Locale.ENGLISH), area -> { }));
        fxRun(() -> model.show(List.of(row("S1", "Cholet", 2000, 400, 10), row("S2", "Hamlet", 7, 3, 1)), false));
        Path csv = dir.resolve("sectors.csv");
        fxRun(() -> model.exportCsv(csv));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.statusProperty().get().contains("sectors.csv"));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertEquals("sector_code,sector_name,households,matching_prospects,clients,penetration_per_1000,remaining_potential",
                lines.get(0));
        assertEquals("S2,Hamlet,<10,<10,1,,<10", lines.get(2), "a sector of 7 households shows no count under 10");
        assertEquals("Sector report written to sectors.csv.", model.statusProperty().get());
    }

    @Test
    void aFailedWriteIsOneSentenceOnTheStatusLine() throws Exception {
        SectorPanelViewModel model = fx(() -> new SectorPanelViewModel(Messages.forLocale(Locale.ENGLISH), area -> { }));
        fxRun(() -> model.show(List.of(row("S1", "Cholet", 2000, 400, 10)), false));
        Path csv = dir.resolve("missing-folder").resolve("sectors.csv");
        fxRun(() -> model.exportCsv(csv));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.statusProperty().get().startsWith("The sector report"));
        assertFalse(Files.exists(csv));
    }
}
