package org.geoprospect.ui.ranking;

import static org.geoprospect.ui.target.PanelsFixture.fx;
import static org.geoprospect.ui.target.PanelsFixture.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.geoprospect.analysis.ranking.ClientRanking;
import org.geoprospect.analysis.ranking.RankedClient;
import org.geoprospect.analysis.ranking.RankingOptions;
import org.geoprospect.index.Selection;
import org.geoprospect.service.RankingService;
import org.geoprospect.ui.target.PanelsFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.util.WaitForAsyncUtils;

/** The ranking table's model: rows in rank order as {@code rank clients} gives them; highlight and zoom requests. */
class RankingViewModelTest {
    @TempDir
    static Path dir;
    static PanelsFixture fixture;

    @BeforeAll
    static void demo() throws Exception {
        fixture = PanelsFixture.demo(dir);
    }

    @Test
    void rowsFollowTheServiceRankingAndOptions() throws Exception {
        RankingViewModel model = fx(() -> new RankingViewModel(fixture.context));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.rows().size() == 30);
        ClientRanking expected = new RankingService().rankClients(fixture.project, RankingOptions.DEFAULT);
        assertEquals(codes(expected.clients()), codes(model.rows()));
        for (int i = 0; i < model.rows().size(); i++) {
            assertEquals(i + 1, model.rows().get(i).rank());
        }
        assertEquals(expected.sectors(), List.copyOf(model.sectorRows()));

        fxRun(() -> {
            model.includeBadPayersProperty().set(true);
            model.listSizeProperty().set(50);
        });
        ClientRanking wider = new RankingService().rankClients(fixture.project,
                RankingOptions.DEFAULT.withListSize(50).withExclusions(true, false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> codes(model.rows()).equals(codes(wider.clients())));
    }

    @Test
    void selectingRowsHighlightsThoseClientsAndDoubleClickZooms() throws Exception {
        RankingViewModel model = fx(() -> new RankingViewModel(fixture.context));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.rows().isEmpty());
        List<RankedClient> chosen = List.of(model.rows().get(0), model.rows().get(2));
        fxRun(() -> model.highlight(chosen));
        Selection highlighted = fixture.context.targeting().highlightedClientsProperty().get();
        var clients = fixture.context.session().data().clients();
        assertEquals(2, highlighted.cardinality());
        for (int id : highlighted.toArray()) {
            assertTrue(chosen.stream().anyMatch(r -> r.client() == clients.get(id)));
        }
        fxRun(() -> model.zoomTo(chosen.get(0)));
        Envelope zoom = fixture.context.targeting().zoomRequestProperty().get();
        assertEquals(chosen.get(0).client().x(), zoom.centre().x, 1e-6);
        assertEquals(chosen.get(0).client().y(), zoom.centre().y, 1e-6);
        assertEquals(2 * RankingViewModel.ZOOM_HALF_SIDE_METRES, zoom.getWidth(), 1e-6);
        fxRun(() -> model.highlight(List.of()));
        assertNull(fixture.context.targeting().highlightedClientsProperty().get());
    }

    private static List<String> codes(List<RankedClient> rows) {
        return rows.stream().map(r -> r.client().code()).toList();
    }
}
