package org.geoprospect.ui.export;

import static org.geoprospect.ui.target.PanelsFixture.fx;
import static org.geoprospect.ui.target.PanelsFixture.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.model.Channel;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.privacy.ExportRequest;
import org.geoprospect.privacy.ExportResult;
import org.geoprospect.service.ExportService;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.target.CodeLabel;
import org.geoprospect.ui.target.PanelsFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog's model against {@link ExportService} called directly with the same households and request. */
class ExportViewModelTest {
    @TempDir
    static Path dir;
    static PanelsFixture fixture;
    static List<String> picnicCodes;

    @BeforeAll
    static void demo() throws Exception {
        fixture = PanelsFixture.demo(dir);
        HouseholdColumns households = fixture.context.session().data().households();
        picnicCodes = new ArrayList<>();
        int picnic = HouseholdColumns.interestBit("picnic");
        for (int id = 0; id < households.size(); id++) {
            if (households.hasAnyInterest(id, picnic)) {
                picnicCodes.add(households.anonCode(id));
            }
        }
    }

    private static ExportViewModel model() throws Exception {
        return fx(() -> new ExportViewModel(Messages.forLocale(Locale.ENGLISH), new ExportService(), fixture.project,
                picnicCodes, null, "picnic households"));
    }

    private static ExportResult run(ExportViewModel model, Path file) throws Exception {
        fxRun(() -> {
            model.fileProperty().set(file);
            model.export();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.runningProperty().get()
                && (model.resultProperty().get() != null || !model.problemProperty().get().isEmpty()));
        assertEquals("", model.problemProperty().get());
        return model.resultProperty().get();
    }

    @Test
    void emailExportMatchesTheServiceAndSaysWhoWasLeftOut() throws Exception {
        ExportViewModel model = model();
        ExportResult fromDialog = run(model, dir.resolve("dialog.csv"));
        ExportResult direct = new ExportService().export(fixture.project, ExportService.Selection.codes(picnicCodes),
                ExportRequest.contactList(Channel.EMAIL, dir.resolve("direct.csv")), ProgressMonitor.NONE);
        assertEquals(direct.exported(), fromDialog.exported());
        assertEquals(direct.excluded(), fromDialog.excluded());
        assertEquals(picnicCodes.size(), fromDialog.exported() + fromDialog.excludedTotal());
        assertTrue(fromDialog.exported() > 0 && fromDialog.excludedTotal() > 0, "the demo has both");
        String header = Files.readAllLines(fromDialog.file(), StandardCharsets.UTF_8).get(0);
        assertEquals("\uFEFFanon_code;first_name;last_name;email", header, "email defaults, ';' and a BOM");
        assertTrue(Files.exists(fromDialog.sidecar()));
        String summary = model.summaryProperty().get();
        assertTrue(summary.startsWith(String.format(Locale.ENGLISH, "%,d households exported to ", fromDialog.exported())), summary);
        assertTrue(summary.contains(String.format(Locale.ENGLISH, "no consent %,d", fromDialog.excludedByKey().get("noConsent"))), summary);
    }

    @Test
    void pseudonymisedListOffersNoPersonalColumnAndCommaWorks() throws Exception {
        ExportViewModel model = model();
        fxRun(() -> {
            model.modeProperty().set(model.modes().stream().filter(m -> m.code().equals(ExportViewModel.PSEUDONYMISED))
                    .findFirst().orElseThrow());
            model.separatorProperty().set(model.separators().stream().filter(s -> s.code().equals(",")).findFirst().orElseThrow());
        });
        assertTrue(model.columns().stream().noneMatch(c -> c.label().endsWith("*")), "no personal column offered");
        ExportResult result = run(model, dir.resolve("pseudo.csv"));
        assertEquals(0L, result.excludedByKey().get("noConsent"), "no consent needed for the pseudonymised list");
        assertEquals(picnicCodes.size(), result.exported() + result.excludedTotal());
        assertEquals("\uFEFFanon_code,commune_insee,sector,interests",
                Files.readAllLines(result.file(), StandardCharsets.UTF_8).get(0));
    }

    @Test
    void anExtraPersonalColumnOnlyWhenTicked() throws Exception {
        ExportViewModel model = model();
        fxRun(() -> model.modeProperty().set(new CodeLabel("sms", "SMS")));
        assertFalse(model.columns().stream().filter(c -> c.code().equals("email")).findFirst().orElseThrow().isSelected());
        fxRun(() -> model.columns().stream().filter(c -> c.code().equals("city")).findFirst().orElseThrow()
                .selectedProperty().set(true));
        fxRun(() -> model.fileProperty().set(dir.resolve("sms.csv")));
        assertEquals("anon_code,first_name,last_name,phone,city", String.join(",",
                fx(model::request).effectiveColumns().stream().map(c -> c.code()).toList()));
    }

    @Test
    void noFileIsOneSentence() throws Exception {
        ExportViewModel model = model();
        fxRun(() -> model.fileTextProperty().set("  "));
        fxRun(model::export);
        assertEquals("Choose the file to write first.", model.problemProperty().get());
    }

    @Test
    void theProposedFileIsNamedAfterTheTargetChannelAndDayInTheProjectsExportsFolder() throws Exception {
        java.time.Clock day = java.time.Clock.fixed(java.time.Instant.parse("2026-12-04T10:00:00Z"), java.time.ZoneOffset.UTC);
        ExportViewModel model = fx(() -> new ExportViewModel(Messages.forLocale(Locale.ENGLISH), new ExportService(),
                fixture.project, List.of("H0000001"), "vtt cholet", null, day));
        Path exports = fixture.project.resolve("exports");
        assertEquals(exports.resolve("vtt-cholet-email-2026-12-04.csv"), model.fileProperty().get());
        fxRun(() -> model.modeProperty().set(model.modes().get(1)));
        assertEquals(exports.resolve("vtt-cholet-" + model.modes().get(1).code() + "-2026-12-04.csv"), model.fileProperty().get(),
                "the proposal follows the channel");
        fxRun(() -> model.fileTextProperty().set("mine"));
        assertEquals(exports.resolve("mine.csv"), model.fileProperty().get(), "a typed name goes to exports, .csv added");
        fxRun(() -> model.modeProperty().set(model.modes().get(0)));
        assertEquals(exports.resolve("mine.csv"), model.fileProperty().get(), "the user's name is kept");
    }
}
