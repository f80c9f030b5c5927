package org.geoprospect.ui.ranking;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.geoprospect.analysis.ranking.ClientRanking;
import org.geoprospect.analysis.ranking.RankedClient;
import org.geoprospect.analysis.ranking.RankingOptions;
import org.geoprospect.analysis.ranking.SectorProfit;
import org.geoprospect.index.Selection;
import org.geoprospect.model.Client;
import org.geoprospect.service.AnalysisSession;
import org.geoprospect.service.RankingService;
import org.geoprospect.ui.BackgroundTasks;
import org.geoprospect.ui.target.AnalysisContext;
import org.geoprospect.ui.target.CodeLabel;
import org.locationtech.jts.geom.Envelope;

/**
 * The best-client ranking's state (issue 5 item 4, the customer's method in {@code ClientRanker}):
 * options (30/50/100, one sector of activity, include bad payers / difficult ones), the ranked rows in
 * rank order and the sectors' profitability. Selecting rows highlights those clients on the map; a
 * double-click asks the map to zoom on one. FX-thread confined.
 */
public final class RankingViewModel {
    /** Half the side of the area shown around a client on a double-click, in metres. */
    static final double ZOOM_HALF_SIDE_METRES = 1_500;

    private final AnalysisContext context;
    private final ObservableList<Integer> listSizes = FXCollections.observableArrayList(30, 50, 100);
    private final ObjectProperty<Integer> listSize = new SimpleObjectProperty<>(this, "listSize", 30);
    private final ObservableList<CodeLabel> sectors = FXCollections.observableArrayList();
    private final ObjectProperty<CodeLabel> sector = new SimpleObjectProperty<>(this, "sector");
    private final BooleanProperty includeBadPayers = new SimpleBooleanProperty(this, "includeBadPayers");
    private final BooleanProperty includeDifficult = new SimpleBooleanProperty(this, "includeDifficult");
    private final ObservableList<RankedClient> rows = FXCollections.observableArrayList();
    private final ObservableList<SectorProfit> sectorRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Map<Client, Integer> positions = new IdentityHashMap<>();
    private long generation;

    public RankingViewModel(AnalysisContext context) {
        this.context = context;
        sectors.add(new CodeLabel(null, context.messages().get("ranking.sector.all")));
        sector.set(sectors.get(0));
        context.sessionProperty().addListener((o, a, session) -> fillSectors(session));
        fillSectors(context.session());
        listSize.addListener(o -> refresh());
        sector.addListener(o -> refresh());
        includeBadPayers.addListener(o -> refresh());
        includeDifficult.addListener(o -> refresh());
    }

    private void fillSectors(AnalysisSession session) {
        if (session == null) {
            return;
        }
        TreeSet<String> names = new TreeSet<>();
        session.data().clients().forEach(c -> {
            if (c.sector() != null && !c.sector().isBlank()) {
                names.add(c.sector());
            }
        });
        List<CodeLabel> items = new ArrayList<>();
        items.add(sectors.get(0));
        org.geoprospect.model.CodeWords words = org.geoprospect.model.CodeWords.activities(context.messages().locale());
        names.forEach(n -> items.add(new CodeLabel(n, words.word(n))));
        sectors.setAll(items);
        sector.set(items.get(0));
        refresh();
    }

    /** Ranks again with the current options, in the background. */
    public void refresh() {
        AnalysisSession session = context.session();
        if (session == null || listSize.get() == null) {
            return;
        }
        RankingOptions options = RankingOptions.DEFAULT.withListSize(listSize.get())
                .withSector(sector.get() == null ? null : sector.get().code())
                .withExclusions(includeBadPayers.get(), includeDifficult.get());
        List<Client> clients = session.data().clients();
        long ticket = ++generation;
        BackgroundTasks.run(m -> RankingService.rank(clients, options), ranking -> {
            if (ticket == generation) {
                show(clients, ranking);
            }
        }, context.reporter(), () -> { });
    }

    private void show(List<Client> clients, ClientRanking ranking) {
        Map<Client, Integer> byClient = new IdentityHashMap<>();
        for (int i = 0; i < clients.size(); i++) {
            byClient.put(clients.get(i), i);
        }
        positions = byClient;
        rows.setAll(ranking.clients());
        sectorRows.setAll(ranking.sectors());
        summary.set(context.messages().get("ranking.summary", ranking.clients().size(), ranking.excludedBadPayers(),
                ranking.excludedDifficult()));
    }

    /** Highlights the chosen rows' clients on the map (none: clears the highlight). */
    public void highlight(List<RankedClient> chosen) {
        AnalysisSession session = context.session();
        if (session == null || chosen.isEmpty()) {
            context.targeting().highlightedClientsProperty().set(null);
            return;
        }
        int[] ids = chosen.stream().map(r -> positions.get(r.client())).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).toArray();
        context.targeting().highlightedClientsProperty().set(Selection.of(session.data().clients().size(), ids));
    }

    /** Asks the map to show the area around a client. */
    public void zoomTo(RankedClient row) {
        Client c = row.client();
        context.targeting().zoomRequestProperty().set(new Envelope(c.x() - ZOOM_HALF_SIDE_METRES, c.x() + ZOOM_HALF_SIDE_METRES,
                c.y() - ZOOM_HALF_SIDE_METRES, c.y() + ZOOM_HALF_SIDE_METRES));
    }

    public ObservableList<Integer> listSizes() {
        return listSizes;
    }

    public ObjectProperty<Integer> listSizeProperty() {
        return listSize;
    }

    public ObservableList<CodeLabel> sectors() {
        return sectors;
    }

    public ObjectProperty<CodeLabel> sectorProperty() {
        return sector;
    }

    public BooleanProperty includeBadPayersProperty() {
        return includeBadPayers;
    }

    public BooleanProperty includeDifficultProperty() {
        return includeDifficult;
    }

    /** The ranked clients, in rank order. */
    public ObservableList<RankedClient> rows() {
        return rows;
    }

    /** The sectors of activity by total margin. */
    public ObservableList<SectorProfit> sectorRows() {
        return sectorRows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
