package org.geoprospect.ui.undo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.geoprospect.model.Channel;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.privacy.Objection;
import org.geoprospect.service.ExportService;
import org.geoprospect.service.ProjectService;
import org.geoprospect.store.ExportLogEntry;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording an objection from the UI is undone and redone against a real project: undo removes only
 * the rows that recording made (an objection imported earlier stays) and leaves a count in the audit log.
 */
class ObjectionCommandsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path dir;

    @Test
    void undoRemovesOnlyWhatTheRecordingAddedAndLeavesAnAuditLine() throws Exception {
        Path project = dir.resolve("p");
        new ProjectService().create(project, false, ProgressMonitor.NONE);
        ExportService service = new ExportService();
        Objection imported = new Objection(null, "imported@example.fr", null, Channel.EMAIL, DAY, "file");
        service.recordObjections(project, List.of(imported));
        Objection typed = new Objection(null, "typed@example.fr", null, null, DAY, "ui");
        ObjectionCommands commands = new ObjectionCommands(Messages.forLocale(Locale.ENGLISH), service, project);
        UndoHistory history = new UndoHistory();

        ObjectionCommands.Recording recording = commands.record(List.of(typed));
        history.perform(recording);
        assertEquals(1, recording.recordedCount());
        assertEquals(List.of("imported@example.fr", "typed@example.fr"), emails(project));

        history.undo();
        assertEquals(List.of("imported@example.fr"), emails(project), "the imported objection stays");
        assertEquals(0, recording.recordedCount());
        List<ExportService.AuditRow> audit = service.auditLog(project);
        ExportService.AuditRow last = audit.get(audit.size() - 1);
        assertEquals(ExportLogEntry.OBJECTION_UNDO, last.action());
        assertEquals(1, last.count());

        history.redo();
        assertEquals(List.of("imported@example.fr", "typed@example.fr"), emails(project));
        history.undo();
        history.redo();
        assertEquals(List.of("imported@example.fr", "typed@example.fr"), emails(project), "redo after a second undo");
    }

    private static List<String> emails(Path project) {
        try (ProjectDatabase database = ProjectDatabase.open(project)) {
            return new org.geoprospect.store.ObjectionRepository(database).all().stream()
                    .map(org.geoprospect.store.ObjectionRecord::email).toList();
        }
    }

}
