package org.geoprospect.ui.privacy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.geoprospect.model.Channel;
import org.geoprospect.privacy.Objection;
import org.geoprospect.service.ExportService;
import org.geoprospect.service.ProjectAccess;
import org.geoprospect.service.RetentionService;
import org.geoprospect.ui.BackgroundTasks;
import org.geoprospect.ui.target.AnalysisContext;
import org.geoprospect.ui.target.CodeLabel;

/**
 * The privacy tab's state (issue 6): the audit log (who exported what, when, how many — never the
 * rows), how many households are past retention with the purge, and recording an objection (by
 * anonymous code, email or phone; one channel or all). Background calls; failures as one sentence on
 * the context's problem line. FX-thread confined.
 */
public final class PrivacyViewModel {
    private final AnalysisContext context;
    private final ExportService exports;
    private final RetentionService retention;
    private final ObservableList<ExportService.AuditRow> auditRows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper dueCount = new ReadOnlyIntegerWrapper(this, "dueCount", -1);
    private final ReadOnlyStringWrapper retentionText = new ReadOnlyStringWrapper(this, "retentionText", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final StringProperty objectionWho = new SimpleStringProperty(this, "objectionWho", "");
    private final ObservableList<CodeLabel> objectionChannels = FXCollections.observableArrayList();
    private final ObjectProperty<CodeLabel> objectionChannel = new SimpleObjectProperty<>(this, "objectionChannel");
    private org.geoprospect.ui.undo.UndoHistory undoHistory = new org.geoprospect.ui.undo.UndoHistory();

    public PrivacyViewModel(AnalysisContext context, ExportService exports, RetentionService retention) {
        this.context = context;
        this.exports = exports;
        this.retention = retention;
        objectionChannels.add(new CodeLabel(null, context.messages().get("privacy.objection.allChannels")));
        for (Channel c : Channel.values()) {
            objectionChannels.add(new CodeLabel(c.code(), context.messages().get("target.channel." + c.code())));
        }
        objectionChannel.set(objectionChannels.get(0));
        retentionText.set(context.messages().get("privacy.retention.unknown"));
        context.sessionProperty().addListener((o, a, session) -> {
            if (session != null) {
                refresh();
            }
        });
    }

    /** Reads the audit log and the retention count again. */
    public void refresh() {
        Path project = context.project();
        if (project == null) {
            return;
        }
        BackgroundTasks.run(m -> ProjectAccess.whenFree(() -> exports.auditLog(project)), rows -> {
            // Newest first: the analyst looks for the export just made.
            List<ExportService.AuditRow> newestFirst = new java.util.ArrayList<>(rows);
            java.util.Collections.reverse(newestFirst);
            auditRows.setAll(newestFirst);
        }, context.reporter(), () -> { });
        BackgroundTasks.run(m -> ProjectAccess.whenFree(() -> retention.due(project, m)), plan -> {
            dueCount.set(plan.dueCount());
            retentionText.set(context.messages().get("privacy.retention.due", plan.dueCount(), context.messages().period(plan.retentionPeriod()),
                    context.messages().date(plan.oldestKept())));
        }, context.reporter(), () -> { });
    }

    /** Deletes the households past retention (the View confirms first), then refreshes and reloads the panels' data. */
    public void purge() {
        Path project = context.project();
        // An automatic backup first (File ▸ Restore a backup brings the purged households back).
        BackgroundTasks.run(m -> ProjectAccess.whenFree(() -> {
            backUpBeforePurge(project);
            return retention.purge(project, m);
        }), done -> {
            status.set(context.messages().get("privacy.purged", done.deleted()));
            refresh();
            context.reload();
        }, context.reporter(), () -> { });
    }

    private static void backUpBeforePurge(Path project) {
        try {
            new org.geoprospect.service.BackupService().automaticBackup(project, "purge");
        } catch (java.io.IOException e) {
            throw new org.geoprospect.service.UserFacingException("No backup could be taken before the purge ("
                    + e.getMessage() + "), so nothing was deleted; check the free space in the project folder.", e);
        }
    }

    /** Records objections in the application's Edit ▸ Undo history instead of a private one. */
    public void setUndoHistory(org.geoprospect.ui.undo.UndoHistory history) {
        this.undoHistory = java.util.Objects.requireNonNull(history, "history");
    }

    /**
     * Records an objection from the typed identifier: an email when it holds "@", a phone number when it
     * is made of digits, spaces, dots, dashes and "+", an anonymous code otherwise.
     */
    public void recordObjection() {
        String who = objectionWho.get() == null ? "" : objectionWho.get().strip();
        Objection objection;
        try {
            objection = objectionOf(who, objectionChannel.get() == null ? null : objectionChannel.get().code());
        } catch (IllegalArgumentException e) {
            context.report(e);
            return;
        }
        Path project = context.project();
        org.geoprospect.ui.undo.ObjectionCommands.Recording command =
                new org.geoprospect.ui.undo.ObjectionCommands(context.messages(), exports, project).record(List.of(objection));
        BackgroundTasks.run(m -> ProjectAccess.whenFree(() -> {
            command.execute();
            return command.recordedCount();
        }), count -> {
            undoHistory.record(command);
            context.clearProblem();
            status.set(context.messages().get("privacy.objection.recorded", count));
            objectionWho.set("");
        }, context.reporter(), () -> { });
    }

    /** The objection an identifier and a channel code (null: all channels) describe. */
    static Objection objectionOf(String who, String channelCode) {
        if (who.isEmpty()) {
            throw new IllegalArgumentException("Type the anonymous code, email or phone number of the person who objects.");
        }
        Channel channel = channelCode == null ? null : Channel.fromCode(channelCode);
        LocalDate today = LocalDate.now();
        if (who.contains("@")) {
            return new Objection(null, who, null, channel, today, "ui");
        }
        if (who.matches("[+0-9 .()-]{6,}")) {
            return new Objection(null, null, who, channel, today, "ui");
        }
        return Objection.ofHousehold(who, channel, today, "ui");
    }

    public ObservableList<ExportService.AuditRow> auditRows() {
        return auditRows;
    }

    /** Households past retention; -1 while unknown. */
    public ReadOnlyIntegerProperty dueCountProperty() {
        return dueCount.getReadOnlyProperty();
    }

    /** "N households are past retention (P3Y: …)". */
    public ReadOnlyStringProperty retentionTextProperty() {
        return retentionText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public StringProperty objectionWhoProperty() {
        return objectionWho;
    }

    public ObservableList<CodeLabel> objectionChannels() {
        return objectionChannels;
    }

    public ObjectProperty<CodeLabel> objectionChannelProperty() {
        return objectionChannel;
    }
}
