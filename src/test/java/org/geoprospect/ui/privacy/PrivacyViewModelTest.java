package org.geoprospect.ui.privacy;

import static org.geoprospect.ui.target.PanelsFixture.fx;
import static org.geoprospect.ui.target.PanelsFixture.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.geoprospect.model.Channel;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.privacy.ContactRefusal;
import org.geoprospect.privacy.ExportRequest;
import org.geoprospect.privacy.Objection;
import org.geoprospect.service.ExportService;
import org.geoprospect.service.RetentionService;
import org.geoprospect.ui.target.PanelsFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The privacy tab's model: retention count as the service's dry run, objections recorded and honoured, audit rows. */
class PrivacyViewModelTest {
    @TempDir
    static Path dir;
    static PanelsFixture fixture;

    @BeforeAll
    static void demo() throws Exception {
        fixture = PanelsFixture.demo(dir);
    }

    @Test
    void showsTheRetentionDryRunsCountAndTheAuditLog() throws Exception {
        int due = new RetentionService().due(fixture.project, ProgressMonitor.NONE).dueCount();
        new ExportService().export(fixture.project, ExportService.Selection.all(),
                ExportRequest.pseudonymisedList(dir.resolve("all.csv")), ProgressMonitor.NONE);
        PrivacyViewModel model = fx(() -> new PrivacyViewModel(fixture.context, new ExportService(), new RetentionService()));
        fxRun(model::refresh);
        // Two background reads: the audit log and the retention count; wait for both.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.auditRows().isEmpty()
                && model.retentionTextProperty().get().matches("[\\d,]+ .*"));
        assertEquals(due, model.dueCountProperty().get());
        assertTrue(model.retentionTextProperty().get().contains("(3 years: "), "the period in words: " + model.retentionTextProperty().get());
        assertEquals(String.format(java.util.Locale.ENGLISH, "%,d", due),
                model.retentionTextProperty().get().split(" ")[0]);
        assertEquals("pseudonymised", model.auditRows().get(0).channel());
    }

    @Test
    void anObjectionRecordedHereLeavesTheHouseholdOutOfAnExport() throws Exception {
        String code = fixture.context.session().data().households().anonCode(0);
        PrivacyViewModel model = fx(() -> new PrivacyViewModel(fixture.context, new ExportService(), new RetentionService()));
        fxRun(() -> {
            model.objectionWhoProperty().set(code);
            model.objectionChannelProperty().set(model.objectionChannels().get(0));
            model.recordObjection();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.statusProperty().get().isEmpty());
        var result = new ExportService().export(fixture.project, ExportService.Selection.codes(List.of(code)),
                ExportRequest.contactList(Channel.POSTAL, dir.resolve("one.csv")), ProgressMonitor.NONE);
        assertEquals(0, result.exported());
        assertEquals(1L, result.excluded().get(ContactRefusal.OBJECTION));
    }

    @Test
    void theIdentifierDecidesWhatKindOfObjection() {
        Objection email = PrivacyViewModel.objectionOf("Jean.Dupont@Example.fr", "email");
        assertEquals("jean.dupont@example.fr", email.email());
        assertEquals(Channel.EMAIL, email.channel());
        Objection phone = PrivacyViewModel.objectionOf("06 12 34 56 78", null);
        assertNull(phone.anonCode());
        assertNull(phone.channel(), "all channels");
        assertEquals("H0000042", PrivacyViewModel.objectionOf("H0000042", "sms").anonCode());
        assertThrows(IllegalArgumentException.class, () -> PrivacyViewModel.objectionOf("", null));
    }
}
