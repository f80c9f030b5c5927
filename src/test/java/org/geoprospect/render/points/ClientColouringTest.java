package org.geoprospect.render.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.geoprospect.analysis.rfm.RfmSegment;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.junit.jupiter.api.Test;

/** Clients coloured by category or by RFM segment: the diamond's fill, the legend's lines and their order. */
class ClientColouringTest {
    private static Client client(String code, ContactCategory category, double x, double y) {
        return new Client(code, code, category, "retail", 0, 0, x, y, 0, 0, 0, null, null, 0, false, false);
    }

    private static int centre(ClientColouring colouring, Client client) {
        Viewport view = Viewport.of(client.x(), client.y(), 10, 41, 41);
        RasterCanvas canvas = new RasterCanvas(41, 41);
        new ClientMarkerPainter().paint(canvas, view, List.of(client), ClientSizing.NONE, colouring, ProgressMonitor.NONE);
        return canvas.argbAt((int) Math.floor(view.toScreenX(client.x())), (int) Math.floor(view.toScreenY(client.y())));
    }

    @Test
    void aDiamondIsFilledWithItsSegmentsColourOrGreyWithoutOne() {
        Client atRisk = client("C1", ContactCategory.CLIENT, 1_000, 2_000);
        Client prospect = client("C2", ContactCategory.PROSPECT, 1_000, 2_000);
        ClientColouring bySegment = ClientColouring.bySegment(Map.of("C1", RfmSegment.AT_RISK));
        assertEquals(ClientColouring.segmentColour(RfmSegment.AT_RISK), centre(bySegment, atRisk));
        assertEquals(ClientColouring.UNCLASSED_COLOUR, centre(bySegment, prospect));
        assertEquals(PointStyles.categoryColor(ContactCategory.CLIENT), centre(ClientColouring.BY_CATEGORY, atRisk));
    }

    @Test
    void theLegendListsTheClassesPresentInTheColouringsOrderTheUnclassedLast() {
        List<Client> clients = List.of(client("C1", ContactCategory.CLIENT, 0, 0), client("C2", ContactCategory.PROSPECT, 0, 0),
                client("C3", ContactCategory.CLIENT, 0, 0), client("C4", ContactCategory.CLIENT, 0, 0));
        ClientColouring colouring = ClientColouring.bySegment(Map.of("C1", RfmSegment.LOST, "C3", RfmSegment.CHAMPIONS,
                "C4", RfmSegment.LOST));
        assertEquals(List.of("legend.points.segment.champions", "legend.points.segment.lost", "legend.points.segment.none"),
                List.copyOf(colouring.legendOf(clients).keySet()));
        assertEquals(List.of("legend.points.category.client", "legend.points.category.prospect"),
                List.copyOf(ClientColouring.BY_CATEGORY.legendOf(clients).keySet()));
    }

    @Test
    void everySegmentHasItsOwnColour() {
        assertEquals(RfmSegment.values().length, java.util.Arrays.stream(RfmSegment.values())
                .map(ClientColouring::segmentColour).distinct().count());
    }

    @Test
    void aClassWithoutAColourIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClientColouring.byClass("legend.x.", Map.of("C1", "gold"),
                Map.of("silver", 0xFFAAAAAA)));
    }
}
