package org.geoprospect.ui.target;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.geoprospect.geo.Commune;
import org.geoprospect.geo.CommuneTable;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.ProjectService;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.state.TargetingState;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo project and an {@link AnalysisContext} on it, for the panels' ViewModel tests (FX toolkit
 * started headless; ViewModels are built and driven on the FX thread).
 */
public final class PanelsFixture {
    public final Path project;
    public final AnalysisContext context;

    private PanelsFixture(Path project, AnalysisContext context) {
        this.project = project;
        this.context = context;
    }

    /** Creates the demo project in {@code dir} and loads it into a new context (waits for the data). */
    public static PanelsFixture demo(Path dir) throws Exception {
        FxToolkit.registerPrimaryStage();
        Path project = dir.resolve("demo");
        new ProjectService().create(project, true, ProgressMonitor.NONE);
        AnalysisContext context = fx(() -> new AnalysisContext(Messages.forLocale(Locale.ENGLISH), new TargetingState()));
        fx(() -> {
            context.open(project);
            return null;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.session() != null);
        return new PanelsFixture(project, context);
    }

    /** Runs on the FX thread and returns the result. */
    public static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
    }

    /** Runs on the FX thread. */
    public static void fxRun(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
    }

    /** The code of the competitor nearest to Cholet's commune point (as the example says). */
    public String competitorNearestCholet() {
        Commune cholet = CommuneTable.shipped().byInsee("49099").orElseThrow();
        double[] centre = CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93).transform(cholet.lon(), cholet.lat());
        List<Competitor> competitors = context.session().data().competitors();
        Competitor nearest = competitors.get(0);
        for (Competitor k : competitors) {
            if (Math.hypot(k.x() - centre[0], k.y() - centre[1]) < Math.hypot(nearest.x() - centre[0], nearest.y() - centre[1])) {
                nearest = k;
            }
        }
        return nearest.code();
    }
}
