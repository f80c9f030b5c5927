package org.geoprospect.ui.sectors;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.geoprospect.analysis.potential.SectorPotentialRow;
import org.geoprospect.index.Selection;
import org.geoprospect.service.AnalysisSession;
import org.geoprospect.service.SectorPanelService;
import org.geoprospect.service.SectorPotentialService;
import org.geoprospect.service.SectorPanelService.SectorPanelRow;
import org.geoprospect.ui.BackgroundTasks;
import org.geoprospect.ui.Messages;
import org.locationtech.jts.geom.Envelope;

/**
 * The sector panel's state: one row per commercial sector (households, prospects matching the current
 * criterion, clients, penetration, remaining potential; counts under 10 shown as "<10"), recomputed in
 * the background when the session or the criterion changes; choosing a row asks the map to zoom to the
 * sector. FX-thread confined.
 */
public final class SectorPanelViewModel {
    private final Messages messages;
    private final SectorPanelService service = new SectorPanelService();
    private final ObservableList<SectorPanelRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final java.util.function.Consumer<Envelope> zoomTo;
    private long generation;

    /** @param zoomTo asks the map to show an area (project CRS) */
    public SectorPanelViewModel(Messages messages, java.util.function.Consumer<Envelope> zoomTo) {
        this.messages = messages;
        this.zoomTo = zoomTo;
    }

    /** Recomputes the rows for a session (null: no project, no rows) and the households matching the criterion (null: all). */
    public void refresh(AnalysisSession session, Selection matching) {
        long mine = ++generation;
        if (session == null) {
            rows.clear();
            status.set(messages.get("sectors.none"));
            return;
        }
        status.set(messages.get("sectors.computing"));
        BackgroundTasks.run(monitor -> service.rows(session, matching), result -> {
            if (mine == generation) {
                show(result, matching != null);
            }
        }, failure -> {
            if (mine == generation) {
                status.set(messages.get("sectors.failed", String.valueOf(failure.getMessage())));
            }
        }, () -> { });
    }

    /** Shows rows computed elsewhere (and what the refresh ends in). */
    public void show(List<SectorPanelRow> result, boolean criterion) {
        rows.setAll(result);
        status.set(result.isEmpty() ? messages.get("sectors.none")
                : messages.get(criterion ? "sectors.criterion" : "sectors.allHouseholds"));
    }

    /**
     * Writes the rows shown to a CSV file through {@link SectorPotentialService#writeCsv} (UTF-8, counts
     * under 10 kept as "<10"), in the background; the status line then says where it went, or the
     * failure's sentence. Does nothing when there are no rows.
     *
     * @param file the CSV file to write (replaced when it exists), not null
     */
    public void exportCsv(Path file) {
        List<SectorPotentialRow> shown = rows.stream().map(SectorPanelRow::row).toList();
        if (shown.isEmpty()) {
            return;
        }
        String before = status.get();
        BackgroundTasks.run(monitor -> {
            SectorPotentialService.writeCsv(shown, file);
            return file;
        }, written -> status.set(messages.get("sectors.exported", written.getFileName())),
                failure -> status.set(messages.get("sectors.exportFailed", file.getFileName(),
                        String.valueOf(failure.getMessage()))), () -> status.set(before));
    }

    /** The user chose a row: zoom the map to its sector. */
    public void choose(SectorPanelRow row) {
        if (row != null) {
            zoomTo.accept(row.extent());
        }
    }

    public ObservableList<SectorPanelRow> rows() {
        return rows;
    }

    /** A line under the table: which households "matching" counts, or that it is being computed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
