package org.geoprospect.render.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.geoprospect.render.RasterCanvas;
import org.junit.jupiter.api.Test;

/** Hand-made placements whose outcome follows from the candidate rules. */
class LabelPlacerTest {
    private static final LabelStyle STYLE = new LabelStyle(11f, false, 0xFF000000, 0xE6FFFFFF);

    private static LabelRequest town(String name, double x, double y, double population) {
        return LabelRequest.beside(name, x, y, 3, true, STYLE, LabelRanks.TOWN, population);
    }

    /** The padded box of the first candidate (top-right) of a request, as the placer computes it. */
    private static ScreenBox firstCandidate(LabelRequest r) {
        java.awt.geom.Rectangle2D text = TextShapes.of(r.text(), r.style()).bounds();
        double w = text.getWidth() + 2 * LabelPlacer.PADDING;
        double h = text.getHeight() + 2 * LabelPlacer.PADDING;
        double[] corners = CandidatePositions.corners(r, w, h, 1);
        return new ScreenBox(corners[0], corners[1], corners[0] + w, corners[1] + h);
    }

    private static void assertNoTwoIntersect(List<PlacedLabel> placed) {
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(placed.get(i).box().intersects(placed.get(j).box()),
                        placed.get(i).request().text() + " and " + placed.get(j).request().text() + " collide");
            }
        }
    }

    @Test
    void aLoneLabelTakesTheTopRightOfItsMarker() {
        LabelRequest alone = town("Alpha", 100, 100, 0);
        LabelPlacement placement = LabelPlacer.place(400, 300, List.of(), List.of(alone));
        assertEquals(1, placement.size());
        ScreenBox box = placement.placed().get(0).box();
        assertEquals(firstCandidate(alone), box);
        // clear of the 3 px marker, up and to the right
        assertTrue(box.minX() > 100 + 3 * Math.sqrt(0.5) && box.maxY() < 100 - 3 * Math.sqrt(0.5), "box " + box);
    }

    @Test
    void aSecondPointCloseByGetsAnotherPosition() {
        LabelRequest first = town("Alpha", 100, 100, 500);
        LabelRequest second = town("Alphb", 102, 101, 100);
        LabelPlacement placement = LabelPlacer.place(400, 300, List.of(), List.of(first, second));
        assertEquals(2, placement.size());
        PlacedLabel a = placement.placed().get(0);
        PlacedLabel b = placement.placed().get(1);
        assertEquals("Alpha", a.request().text());
        assertEquals(firstCandidate(first), a.box());
        assertNotEquals(firstCandidate(second), b.box(), "its own top-right position is taken");
        assertFalse(a.box().intersects(b.box()));
    }

    @Test
    void aLabelWithNoFreePositionIsDropped() {
        // An image barely larger than the marker: no position of the text fits in it.
        LabelPlacement tooSmall = LabelPlacer.place(30, 30, List.of(), List.of(town("Somewhere long", 15, 15, 0)));
        assertEquals(0, tooSmall.size());
        assertEquals("Somewhere long", tooSmall.dropped().get(0).text());

        // Every position of every ring covered by one obstacle, except the marker itself.
        List<ScreenBox> walls = List.of(new ScreenBox(0, 0, 400, 300));
        LabelPlacement walled = LabelPlacer.place(400, 300, walls, List.of(town("Walled", 200, 150, 0)));
        assertEquals(0, walled.size());
        assertEquals(1, walled.dropped().size());
    }

    @Test
    void ranksComeFirstThenPriorityWhateverTheOrderOfAddition() {
        // Three labels on one point: the lowest rank takes its place first, then, within a rank, the highest priority.
        LabelRequest detail = LabelRequest.beside("Same", 50, 30, 0, true, STYLE, LabelRanks.DETAIL, 1e9);
        LabelRequest small = town("Same", 50, 30, 10);
        LabelRequest large = town("Same", 50, 30, 9000);
        List<LabelRequest> requests = List.of(detail, small, large);
        List<LabelRequest> placed = new ArrayList<>();
        LabelPlacement placement = LabelPlacer.place(400, 60, List.of(), requests);
        placement.placed().forEach(p -> placed.add(p.request()));
        assertEquals(large, placed.get(0), "the most populous town is placed first");
        assertEquals(small, placed.get(1));
        assertEquals(List.of(detail, small, large).size(), placement.size() + placement.dropped().size());
        assertNoTwoIntersect(placement.placed());
        // The same requests reversed give the same boxes: the order of addition only breaks ties.
        LabelPlacement reversed = LabelPlacer.place(400, 60, List.of(), List.of(large, small, detail));
        assertEquals(placement.placed().stream().map(PlacedLabel::box).toList(),
                reversed.placed().stream().map(PlacedLabel::box).toList());
    }

    @Test
    void whenOnlyOnePlaceIsLeftTheMorePopulousTownGetsIt() {
        // A 60 x 20 image and a point near its left edge: only the right-hand positions fit, and they all overlap.
        LabelRequest small = town("Same", 5, 10, 10);
        LabelRequest large = town("Same", 5, 10, 9000);
        LabelPlacement placement = LabelPlacer.place(60, 20, List.of(), List.of(small, large));
        assertEquals(List.of(large), placement.placed().stream().map(PlacedLabel::request).toList());
        assertEquals(List.of(small), placement.dropped());
    }

    @Test
    void labelsKeepOffObstaclesButMayTouchTheirOwnMarker() {
        LabelPlacer placer = new LabelPlacer(400, 300);
        int own = placer.addObstacle(ScreenBox.around(100, 100, 3.6));
        // Another marker right where the top-right and right positions would go.
        ScreenBox client = new ScreenBox(104, 80, 140, 104);
        placer.addObstacle(client);
        LabelRequest r = town("Alpha", 100, 100, 0).withOwnObstacle(own);
        placer.add(r);
        LabelPlacement placement = placer.place();
        assertEquals(1, placement.size());
        ScreenBox box = placement.placed().get(0).box();
        assertFalse(box.intersects(client));
        // Third choice, top-left: it touches the own marker's bounding box (the round marker itself stays clear).
        assertTrue(box.maxX() < 100 && box.maxY() < 100, "top-left: " + box);
        assertTrue(box.intersects(ScreenBox.around(100, 100, 3.6)));
    }

    @Test
    void aCompetitorsNameMovesOutOfACrowdWithALeaderLine() {
        LabelPlacer placer = new LabelPlacer(400, 300);
        // Markers all around the competitor, up to 60 px away.
        ScreenBox crowd = new ScreenBox(140, 90, 260, 210);
        placer.addObstacle(crowd);
        int own = placer.addObstacle(ScreenBox.around(200, 150, 7.75));
        placer.add(LabelRequest.beside("Rival Sports", 200, 150, 7.75, false, STYLE, LabelRanks.COMPETITOR, 0)
                .asMandatory().withOwnObstacle(own));
        placer.add(town("Town", 200, 150, 1e6));
        LabelPlacement placement = placer.place();
        assertEquals(1, placement.size(), "the town, with one ring, finds no place free of markers");
        PlacedLabel rival = placement.placed().get(0);
        assertEquals("Rival Sports", rival.request().text());
        assertFalse(rival.box().intersects(crowd));
        assertTrue(rival.leader(), "that far out, a leader line joins it to its square");
        // Right of the crowd (the first position of a far ring that is free): 200 + 7.75 + 1 + k x 6 > 260.
        assertTrue(rival.box().minX() >= 260 && rival.box().minX() < 260 + LabelRequest.RING_STEP, "" + rival.box());
    }

    @Test
    void aCompetitorsNameMayCoverATownsDotRatherThanMoveTwoRingsOut() {
        // Markers everywhere but in the quarter above and right of (205, 145); a town's dot in that quarter, on the
        // top-right positions of rings 0 and 1 (not of ring 2).
        List<ScreenBox> markers = List.of(new ScreenBox(0, 0, 205, 300), new ScreenBox(205, 145, 400, 300));
        ScreenBox townDot = ScreenBox.around(220, 135, 3.5);
        LabelRequest rival = LabelRequest.beside("Rival", 200, 150, 7.75, false, STYLE, LabelRanks.COMPETITOR, 0)
                .asMandatory();
        LabelPlacer placer = new LabelPlacer(400, 300);
        markers.forEach(placer::addObstacle);
        placer.addSoftObstacle(townDot);
        placer.add(rival);
        ScreenBox kept = placer.place().placed().get(0).box();
        assertTrue(kept.intersects(townDot), "ring 0 over the dot costs as much as ring 2, and comes first: " + kept);
        assertEquals(200 + 7.75 + 1, kept.minX(), 1e-9);

        // A town's name (not mandatory) keeps off the dot: it goes two rings out, with a leader line.
        LabelPlacer towns = new LabelPlacer(400, 300);
        markers.forEach(towns::addObstacle);
        towns.addSoftObstacle(townDot);
        towns.add(LabelRequest.beside("Other", 200, 150, 7.75, false, STYLE, LabelRanks.TOWN, 0).withRings(4));
        PlacedLabel other = towns.place().placed().get(0);
        assertFalse(other.box().intersects(townDot));
        assertEquals(200 + 7.75 + 1 + 2 * LabelRequest.RING_STEP, other.box().minX(), 1e-9);
        assertTrue(other.leader());
    }

    @Test
    void aCompetitorsNameIsKeptOverMarkersOnlyWhenNothingElseIsLeftButNeverOverAnotherLabel() {
        // Markers everywhere: the least covering position is taken all the same.
        LabelPlacement covered = LabelPlacer.place(400, 300, List.of(new ScreenBox(0, 0, 400, 300)), List.of(
                LabelRequest.beside("Rival Sports", 200, 150, 7.75, false, STYLE, LabelRanks.COMPETITOR, 0).asMandatory()));
        assertEquals(1, covered.size());
        // Two competitors on the same point in an image with room for one name: the second is dropped rather than
        // drawn over the first.
        LabelRequest a = LabelRequest.beside("Rival Sports", 60, 15, 7.75, false, STYLE, LabelRanks.COMPETITOR, 0)
                .asMandatory();
        LabelPlacement crowded = LabelPlacer.place(160, 30, List.of(), List.of(a, a));
        assertEquals(1, crowded.size());
        assertEquals(1, crowded.dropped().size());
    }

    @Test
    void anAreaLabelStaysInsideItsRegion() {
        ScreenBox left = new ScreenBox(0, 0, 200, 300);
        ScreenRegion onlyLeft = box -> box.minX() >= left.minX() && box.maxX() <= left.maxX();
        // Centred on x = 200 the label would straddle the border; it moves left, into the region.
        LabelRequest r = LabelRequest.inside("Sector North", 200, 150, onlyLeft, STYLE, LabelRanks.AREA, 0);
        LabelPlacement placement = LabelPlacer.place(400, 300, List.of(), List.of(r));
        assertEquals(1, placement.size());
        assertTrue(placement.placed().get(0).box().maxX() <= 200, "" + placement.placed().get(0).box());
        LabelPlacement nowhere = LabelPlacer.place(400, 300, List.of(),
                List.of(LabelRequest.inside("Sector North", 200, 150, box -> false, STYLE, LabelRanks.AREA, 0)));
        assertEquals(0, nowhere.size());
    }

    @Test
    void manyLabelsNeverCollideAndThePlacementIsDeterministic() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<LabelRequest> requests = new ArrayList<>();
        List<ScreenBox> markers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double x = random.nextDouble(0, 800);
            double y = random.nextDouble(0, 520);
            requests.add(town("Commune " + i, x, y, random.nextInt(100_000)));
            if (i % 4 == 0) {
                markers.add(ScreenBox.around(random.nextDouble(0, 800), random.nextDouble(0, 520), 7));
            }
        }
        LabelPlacement placement = LabelPlacer.place(800, 520, markers, requests);
        assertTrue(placement.size() > 50, "placed " + placement.size());
        assertEquals(400, placement.size() + placement.dropped().size());
        assertNoTwoIntersect(placement.placed());
        for (PlacedLabel p : placement.placed()) {
            assertTrue(p.box().within(800, 520));
            markers.forEach(m -> assertFalse(p.box().intersects(m), p.request().text() + " covers a marker"));
        }
        LabelPlacement again = LabelPlacer.place(800, 520, markers, requests);
        assertEquals(placement.placed(), again.placed());
    }

    @Test
    void drawingPaintsTheHaloAroundTheTextInsideTheBox() {
        LabelStyle haloed = new LabelStyle(14f, true, 0xFF000000, 0xFFFFFFFF);
        LabelPlacement placement = LabelPlacer.place(200, 60, List.of(),
                List.of(LabelRequest.inside("Halo", 100, 30, null, haloed, LabelRanks.AREA, 0)));
        RasterCanvas canvas = new RasterCanvas(200, 60);
        java.awt.Graphics2D g = canvas.createGraphics();
        placement.draw(g);
        g.dispose();
        ScreenBox box = placement.placed().get(0).box();
        int black = 0;
        int white = 0;
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 200; x++) {
                int argb = canvas.argbAt(x, y);
                if ((argb >>> 24) == 0) {
                    continue;
                }
                assertTrue(x >= Math.floor(box.minX()) && x <= box.maxX() && y >= Math.floor(box.minY()) && y <= box.maxY(),
                        "ink at " + x + "," + y + " outside " + box);
                black += argb == 0xFF000000 ? 1 : 0;
                white += argb == 0xFFFFFFFF ? 1 : 0;
            }
        }
        assertTrue(black > 20 && white > 20, "text " + black + " px, halo " + white + " px");
    }

    @Test
    void aPlacerPlacesOnce() {
        LabelPlacer placer = new LabelPlacer(10, 10);
        placer.place();
        assertThrows(IllegalStateException.class, placer::place);
    }
}
