package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.geoprospect.analysis.aggregation.ProspectDots;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.privacy.CardHiddenReason;
import org.geoprospect.render.ImageAssert;
import org.geoprospect.render.MapRenderer;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.points.HouseholdLabels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prospecting map on the demo project: golden images of the prospect dots at an overview scale and
 * of the household records past the threshold, and the household card's consent gate read from the
 * project (the demo stores contacts for consenting households only).
 */
class DemoProspectingMapTest {
    /** A household of the demo (seed 49) with stored contact and email/SMS consent, in Loire-Authion. */
    private static final String CONSENTING = "H0006669";
    /** A demo household with no consent and no stored contact, in Angers. */
    private static final String SILENT = "H0006668";
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 10, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @TempDir
    static Path dir;
    private static Path project;
    private static MapContent content;

    @BeforeAll
    static void createDemo() throws Exception {
        project = dir.resolve("demo");
        ProjectService projects = new ProjectService();
        projects.create(project, true, ProgressMonitor.NONE);
        content = projects.mapContent(project, ProgressMonitor.NONE);
    }

    private static Viewport around(String code, double scaleDenominator) {
        HouseholdColumns h = content.points().households();
        int id = h.idOfCode(code);
        Viewport v = Viewport.of(h.x(id), h.y(id), 1, 640, 420);
        return v.withMetresPerPixel(scaleDenominator / v.scaleDenominator());
    }

    @Test
    void overviewShowsProspectDotsAroundLoireAuthion() throws Exception {
        Viewport v = around(CONSENTING, 120_000);
        assertFalse(ProspectDots.showsRecords(v.scaleDenominator()));
        RasterCanvas canvas = new RasterCanvas(v.width(), v.height());
        new MapRenderer().render(content, v, canvas, ProgressMonitor.NONE);
        ImageAssert.assertMatchesGolden(canvas, "org/geoprospect/service/demo-dots-loire-authion.png", ImageAssert.Tolerance.DEFAULT);
    }

    @Test
    void pastTheThresholdHouseholdsAppearWithCodesAndInterests() throws Exception {
        Viewport v = around(CONSENTING, 3_500);
        assertTrue(ProspectDots.showsRecords(v.scaleDenominator()));
        assertTrue(HouseholdLabels.showsLabels(v.scaleDenominator()));
        RasterCanvas canvas = new RasterCanvas(v.width(), v.height());
        new MapRenderer().render(content, v, canvas, ProgressMonitor.NONE);
        ImageAssert.assertMatchesGolden(canvas, "org/geoprospect/service/demo-records-loire-authion.png",
                ImageAssert.Tolerance.DEFAULT);
    }

    @Test
    void cardRevealsContactOfAConsentingHouseholdOnly() {
        HouseholdCardService cards = new HouseholdCardService(CLOCK);
        HouseholdCard shown = cards.card(project, CONSENTING);
        assertTrue(shown.contact().revealsContact());
        assertNotNull(shown.contact().lastName());
        assertEquals("Loire-Authion", shown.communeName());
        assertEquals("exact", shown.positionPrecision());
        assertEquals(4, shown.consents().size());

        HouseholdCard hidden = cards.card(project, SILENT);
        assertFalse(hidden.contact().revealsContact());
        assertEquals(CardHiddenReason.NO_CONTACT_STORED, hidden.contact().hiddenReason());
        assertEquals(null, hidden.contact().lastName());
        assertFalse(hidden.toString().contains("@"), "the card's text form leaks no personal field");
    }

    @Test
    void sectorPanelMasksNothingOnTheDemoAndCountsEveryHouseholdWithoutCriterion() {
        AnalysisSession session = new MapAnalysisLoader(CLOCK, ObjectionSource.NONE).load(project, content);
        List<SectorPanelService.SectorPanelRow> rows = new SectorPanelService().rows(session, null);
        assertEquals(9, rows.size());
        long households = rows.stream().mapToLong(r -> Long.parseLong(r.row().households())).sum();
        assertTrue(households <= content.points().households().size());
        rows.forEach(r -> assertEquals(r.row().households(), r.row().matchingProspects()));
        rows.forEach(r -> assertTrue(r.extent().getArea() > 0));
    }
}
