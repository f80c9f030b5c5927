package org.geoprospect.ui.target;

import static org.geoprospect.ui.target.PanelsFixture.fx;
import static org.geoprospect.ui.target.PanelsFixture.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.geoprospect.analysis.criteria.Criteria;
import org.geoprospect.analysis.definition.TargetDefinition;
import org.geoprospect.analysis.huff.HuffParameters;
import org.geoprospect.analysis.selection.SelectionOp;
import org.geoprospect.analysis.selection.ShapeSelections;
import org.geoprospect.analysis.selection.ShapeSpec;
import org.geoprospect.index.Selection;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.SavedTargetInfo;
import org.geoprospect.service.TargetCounts;
import org.geoprospect.service.TargetService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The criteria panel's and saved targets' ViewModels on the demo project, without the View: the
 * issue's "done when" target counts what {@link TargetService} counts for the command line's
 * definition, and a target saved from the panel re-runs with the same count.
 */
class CriteriaViewModelTest {
    @TempDir
    static Path dir;
    static PanelsFixture fixture;

    @BeforeAll
    static void demo() throws Exception {
        fixture = PanelsFixture.demo(dir);
    }

    /** What {@code target save --interest mountain_bike --consent email --not-objected email --within-km 10 --of-competitor K --not-contacted-days 60} builds. */
    private static TargetDefinition commandLineDefinition(String competitor) {
        return TargetDefinition.of(List.of(ShapeSpec.aroundCompetitor(competitor, 10)),
                Criteria.builder().interestsAny(List.of("mountain_bike")).consentChannels(List.of("email"))
                        .notObjectedChannel("email").notContactedDays(60).build(), HuffParameters.DEFAULT);
    }

    private static CriteriaViewModel doneWhenTarget(String competitor) throws Exception {
        CriteriaViewModel model = fx(() -> new CriteriaViewModel(fixture.context));
        fxRun(() -> {
            model.interests.stream().filter(c -> c.code().equals("mountain_bike")).findFirst().orElseThrow()
                    .selectedProperty().set(true);
            model.channel.set(CriteriaViewModel.find(model.channels, "email"));
            model.aroundCompetitor.set(CriteriaViewModel.find(model.competitors, competitor));
            model.aroundCompetitorKm.set("10");
            model.notContactedDays.set("60");
        });
        return model;
    }

    private static ShapeSelections countNow(CriteriaViewModel model) throws Exception {
        fxRun(model::refreshNow);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.countingProperty().get() && model.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return model.resultProperty().get();
    }

    @Test
    void doneWhenTargetCountsWhatTheCommandLineCounts() throws Exception {
        String competitor = fixture.competitorNearestCholet();
        CriteriaViewModel model = doneWhenTarget(competitor);
        assertEquals(commandLineDefinition(competitor), fx(model::definition), "the panel writes the command line's definition");
        ShapeSelections result = countNow(model);
        TargetCounts cli = new TargetService().save(fixture.project, "cli-" + competitor, commandLineDefinition(competitor),
                ProgressMonitor.NONE);
        assertTrue(cli.households() > 10, "the demo has such households: " + cli.households());
        assertEquals(cli.households(), result.households().cardinality());
        assertEquals(cli.clients(), result.clients().cardinality());
        assertEquals(cli.households() + " households · " + cli.clients() + " clients", model.countsTextProperty().get());
    }

    @Test
    void aTargetSavedInThePanelRunsWithTheSameCount() throws Exception {
        String competitor = fixture.competitorNearestCholet();
        CriteriaViewModel model = doneWhenTarget(competitor);
        ShapeSelections result = countNow(model);
        SavedTargetsViewModel saved = fx(() -> new SavedTargetsViewModel(fixture.context, model, new TargetService()));
        org.geoprospect.ui.undo.UndoHistory history = new org.geoprospect.ui.undo.UndoHistory();
        saved.setUndoHistory(history);
        fxRun(() -> {
            saved.nameProperty().set("vtt-cholet");
            saved.save();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> saved.targets().stream().anyMatch(t -> t.name().equals("vtt-cholet")));
        TargetCounts rerun = new TargetService().run(fixture.project, "vtt-cholet", ProgressMonitor.NONE);
        assertEquals(result.households().cardinality(), rerun.households());
        assertEquals(result.clients().cardinality(), rerun.clients());
        assertEquals(commandLineDefinition(competitor), new TargetService().show(fixture.project, "vtt-cholet").definition());

        fxRun(() -> {
            saved.selectedProperty().set(saved.targets().stream().filter(t -> t.name().equals("vtt-cholet")).findFirst().orElseThrow());
            saved.rename("vtt-cholet-2");
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> saved.targets().stream().anyMatch(t -> t.name().equals("vtt-cholet-2")));
        assertEquals(List.of(), new TargetService().list(fixture.project).stream().map(SavedTargetInfo::name)
                .filter("vtt-cholet"::equals).toList());
        fxRun(() -> {
            saved.selectedProperty().set(saved.targets().stream().filter(t -> t.name().equals("vtt-cholet-2")).findFirst().orElseThrow());
            saved.delete();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> saved.targets().stream().noneMatch(t -> t.name().equals("vtt-cholet-2")));
        assertTrue(new TargetService().list(fixture.project).stream().noneMatch(t -> t.name().startsWith("vtt-cholet")));

        // The panel recorded its three edits: undoing the delete brings the target back with the same count.
        assertTrue(history.nextUndo().orElseThrow().contains("vtt-cholet-2"));
        history.undo();
        assertEquals(result.households().cardinality(), new TargetService().run(fixture.project, "vtt-cholet-2",
                ProgressMonitor.NONE).households());
        history.undo(); // the rename
        history.undo(); // the save
        assertTrue(new TargetService().list(fixture.project).isEmpty() || new TargetService().list(fixture.project).stream()
                .noneMatch(t -> t.name().startsWith("vtt-cholet")), "every edit undone");
        history.redo();
        assertTrue(new TargetService().list(fixture.project).stream().anyMatch(t -> t.name().equals("vtt-cholet")), "redo saves it again");
    }

    @Test
    void loadingADefinitionGivesItBack() throws Exception {
        TargetDefinition definition = TargetDefinition.of(List.of(
                        ShapeSpec.polygon("POLYGON ((-1 47, -0.5 47, -0.5 47.3, -1 47.3, -1 47))"),
                        ShapeSpec.aroundCompetitor("K3", 7.5).as(SelectionOp.INTERSECT)),
                Criteria.builder().interestsAll(List.of("picnic", "hiking")).ageBands(List.of("30-44"))
                        .incomeBands(List.of("A", "B")).householdSize(2, 4).consentChannels(List.of("sms"))
                        .phoneRules(true).competitorKm(1.0, 20.0).clientKm(null, 5.0).maxUsProbability(0.3)
                        .postalCodes(List.of("49300")).minGrossMargin(1000.0).lastOrderMonthsAgo(12).build(),
                HuffParameters.DEFAULT.withDistanceDecay(1.5).withOurAttractiveness(2500.0));
        CriteriaViewModel model = fx(() -> new CriteriaViewModel(fixture.context));
        fxRun(() -> model.load(definition));
        assertEquals(definition, fx(model::definition));
        assertEquals(1, model.otherShapes.size(), "the polygon is kept aside, the competitor radius has its field");
    }

    @Test
    void aFieldThatCannotBeReadIsOneSentenceAndNoCount() throws Exception {
        CriteriaViewModel model = fx(() -> new CriteriaViewModel(fixture.context));
        fxRun(() -> {
            model.notContactedDays.set("sixty");
            model.refreshNow();
        });
        assertEquals("\"Not contacted in the last (days)\" needs a whole number of 0 or more, not \"sixty\".",
                model.problemProperty().get());
        assertNull(model.resultProperty().get());
        fxRun(() -> {
            model.notContactedDays.set("");
            model.aroundCompetitorKm.set("10");
            model.refreshNow();
        });
        assertEquals("\"Within … km of competitor\" needs both a competitor and a radius in km.", model.problemProperty().get());
    }

    @Test
    void mapSelectionNarrowsTheCountAndPotentialIsShown() throws Exception {
        CriteriaViewModel model = fx(() -> new CriteriaViewModel(fixture.context));
        fxRun(() -> model.interests.get(0).selectedProperty().set(true));
        ShapeSelections all = countNow(model);
        var session = fixture.context.session();
        int first = all.households().nextId(0);
        double[] lonLat = org.geoprospect.geo.CoordinateTransform.between(org.geoprospect.geo.Srids.LAMBERT_93,
                org.geoprospect.geo.Srids.WGS84).transform(session.data().households().x(first), session.data().households().y(first));
        // 3 km around a matching household: some matching households inside, most outside.
        List<ShapeSpec> selection = List.of(ShapeSpec.circle(lonLat[0], lonLat[1], 3));
        Selection inCircle = session.select(selection).households();
        assertFalse(model.limitToSelection.get(), "no selection yet");
        fxRun(() -> fixture.context.targeting().selectionShapesProperty().set(selection));
        assertTrue(model.limitToSelection.get(), "a new selection switches the limit on");
        ShapeSelections narrowed = countNow(model);
        assertEquals(all.households().and(inCircle), narrowed.households());
        assertTrue(narrowed.households().cardinality() > 0 && narrowed.households().cardinality() < all.households().cardinality());
        assertEquals(selection, model.definition().selection(), "the definition carries the selection's shapes");
        fxRun(model::showAsPotential);
        assertSame(narrowed.households(), fixture.context.targeting().potentialFilterProperty().get());
        assertTrue(fixture.context.targeting().potentialDescriptionProperty().get().contains("inside the map selection"));
        fxRun(() -> model.limitToSelection.set(false));
        assertEquals(all.households(), countNow(model).households(), "switched off, the selection no longer limits");
        assertTrue(model.definition().selection().isEmpty());
        fxRun(() -> {
            model.clearPotential();
            fixture.context.targeting().selectionShapesProperty().set(List.of());
        });
        assertNull(fixture.context.targeting().potentialFilterProperty().get());
        assertNull(fixture.context.targeting().potentialDescriptionProperty().get());
    }

}
