package org.geoprospect.ui.map;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.geoprospect.analysis.huff.HuffParameters;
import org.geoprospect.index.Selection;
import org.geoprospect.render.points.PointLayers;
import org.geoprospect.service.AnalysisSession;
import org.geoprospect.service.HouseholdCardService;
import org.geoprospect.service.MapAnalysisLoader;
import org.geoprospect.service.MapContent;
import org.geoprospect.ui.BackgroundTasks;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.records.RecordCardViewModel;
import org.geoprospect.ui.sectors.SectorPanelViewModel;
import org.geoprospect.ui.state.TargetingState;

/**
 * The prospecting side of the map window: ties the map to the {@link TargetingState} shared with the
 * targeting panels (it reads the criterion, highlights and zoom requests, and writes the selection),
 * and owns the detail card, the sector panel and the selection tools. FX-thread confined.
 */
public final class ProspectingMapModel {
    private final MapViewModel map;
    private final TargetingState targeting;
    private final Supplier<Path> projectFolder;
    private final RecordCardViewModel card;
    private final SectorPanelViewModel sectors;
    private final SelectionToolsViewModel tools;
    private final ReadOnlyObjectWrapper<AnalysisSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final MapAnalysisLoader analysisLoader = new MapAnalysisLoader();
    private long loadGeneration;
    private long escapeGeneration;

    /**
     * @param projectFolder the open project's folder, or null when the window has none (then household
     *                      cards and sectors are unavailable)
     */
    public ProspectingMapModel(Messages messages, MapViewModel map, TargetingState targeting, Supplier<Path> projectFolder) {
        this.map = map;
        this.targeting = targeting;
        this.projectFolder = projectFolder;
        HouseholdCardService cards = new HouseholdCardService();
        this.card = new RecordCardViewModel(messages, code -> {
            Path folder = projectFolder.get();
            if (folder == null) {
                throw new org.geoprospect.service.UserFacingException(messages.get("card.unavailable"));
            }
            return cards.card(folder, code);
        });
        this.sectors = new SectorPanelViewModel(messages, targeting.zoomRequestProperty()::set);
        this.tools = new SelectionToolsViewModel(messages, targeting.selectionShapesProperty(),
                targeting.selectedHouseholdsProperty(), targeting.selectedClientsProperty());
        tools.sessionProperty().bind(session);
        tools.contentProperty().bind(map.contentProperty());
        PointLayerChoices choices = map.pointLayers();
        choices.potentialProperty().bind(targeting.potentialFilterProperty());
        choices.highlightedClientsProperty().bind(targeting.highlightedClientsProperty());
        choices.selectedHouseholdsProperty().bind(targeting.selectedHouseholdsProperty());
        choices.selectedClientsProperty().bind(targeting.selectedClientsProperty());
        targeting.zoomRequestProperty().addListener((o, a, area) -> {
            if (area != null) {
                map.zoomTo(area);
                targeting.zoomRequestProperty().set(null);
            }
        });
        targeting.potentialFilterProperty().addListener((o, a, b) -> refreshSectors());
        session.addListener((o, a, b) -> refreshSectors());
        session.addListener((o, a, b) -> {
            choices.escapeColumnsProperty().set(null);
            computeEscapeIfShown();
        });
        choices.escapeVisibleProperty().addListener((o, a, b) -> computeEscapeIfShown());
        ClientColouringModel clientColouring = new ClientColouringModel(messages, choices, projectFolder);
        // new content (an orders import) may change the segments
        session.addListener((o, a, b) -> clientColouring.refresh());
        targeting.selectionShapesProperty().addListener((o, a, b) -> drawSelectionOutline());
        session.addListener((o, a, b) -> drawSelectionOutline());
    }

    /** The selection's shapes stay outlined on the map for as long as they are the selection. */
    private void drawSelectionOutline() {
        AnalysisSession current = session.get();
        List<org.geoprospect.analysis.selection.ShapeSpec> shapes = targeting.selectionShapesProperty().get();
        if (current == null || shapes == null || shapes.isEmpty()) {
            map.setSelectionOverlay(null);
            return;
        }
        List<org.geoprospect.render.SelectionOutlineOverlay.Part> parts = new java.util.ArrayList<>();
        for (var shape : shapes) {
            current.outline(shape).ifPresent(area -> parts.add(new org.geoprospect.render.SelectionOutlineOverlay.Part(area,
                    shape.op() == org.geoprospect.analysis.selection.SelectionOp.SUBTRACT)));
        }
        map.setSelectionOverlay(parts.isEmpty() ? null : new org.geoprospect.render.SelectionOutlineOverlay(parts));
    }

    /**
     * Computes the Huff columns of the session's households in the background the first time the
     * "escaping prospects" layer is shown (the session keeps them, so later calls are immediate).
     */
    private void computeEscapeIfShown() {
        PointLayerChoices choices = map.pointLayers();
        AnalysisSession current = session.get();
        if (!choices.escapeVisibleProperty().get() || current == null || choices.escapeColumnsProperty().get() != null) {
            return;
        }
        long mine = ++escapeGeneration;
        BackgroundTasks.run(monitor -> current.escapeColumns(HuffParameters.DEFAULT), columns -> {
            if (mine == escapeGeneration && session.get() == current) {
                choices.escapeColumnsProperty().set(columns);
            }
        }, failure -> {
            if (mine == escapeGeneration) {
                choices.escapeVisibleProperty().set(false);
            }
        }, () -> { });
    }

    /**
     * The map shows new content (first load or after an import): a selection over other households is
     * dropped, and the targeting session is rebuilt over the content in the background.
     */
    public void contentLoaded(MapContent content) {
        long mine = ++loadGeneration;
        PointLayers points = content == null ? PointLayers.EMPTY : content.points();
        int universe = points.households() == null ? 0 : points.households().size();
        Selection selected = targeting.selectedHouseholdsProperty().get();
        if (selected != null && selected.universe() != universe) {
            targeting.selectedHouseholdsProperty().set(null);
        }
        Selection clients = targeting.selectedClientsProperty().get();
        if (clients != null && clients.universe() != points.clients().size()) {
            targeting.selectedClientsProperty().set(null);
        }
        if (content == null) {
            targeting.selectionShapesProperty().set(List.of());
        }
        card.close();
        Path folder = projectFolder.get();
        if (content == null) {
            session.set(null);
            return;
        }
        BackgroundTasks.run(monitor -> folder == null ? analysisLoader.of(content, List.of())
                : analysisLoader.load(folder, content), loaded -> {
                    if (mine == loadGeneration) {
                        session.set(loaded);
                        // The shapes are kept across a reload (an import): select them again on the new data.
                        tools.reselect();
                    }
                }, failure -> {
                    if (mine == loadGeneration) {
                        session.set(null);
                    }
                }, () -> { });
    }

    /** A plain click on the map (no tool active): opens the card of what is under it, or closes the card. */
    public void clicked(double screenX, double screenY) {
        MapPick pick = map.pick(screenX, screenY);
        if (pick == null) {
            card.close();
            return;
        }
        PointLayers shown = map.shownPoints();
        switch (pick.kind()) {
            case HOUSEHOLD -> card.showHousehold(shown.households().anonCode(pick.id()));
            case CLIENT -> card.showClient(pick.client(shown));
            case COMPETITOR -> card.showCompetitor(pick.competitor(shown));
            default -> throw new IllegalStateException("Unknown pick " + pick.kind());
        }
    }

    private void refreshSectors() {
        sectors.refresh(session.get(), targeting.potentialFilterProperty().get());
    }

    public RecordCardViewModel card() {
        return card;
    }

    public SectorPanelViewModel sectors() {
        return sectors;
    }

    public SelectionToolsViewModel tools() {
        return tools;
    }

    /** What the prospect dots count while a target is shown as potential (the legend says it); null: every household. */
    public javafx.beans.property.StringProperty potentialDescriptionProperty() {
        return targeting.potentialDescriptionProperty();
    }

    /** The targeting session over the map's content; null until loaded. */
    public ReadOnlyObjectProperty<AnalysisSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }
}
