package org.geoprospect.ui.tour;

import static org.geoprospect.ui.ScreenshotDriver.onFx;
import static org.geoprospect.ui.ScreenshotDriver.shot;
import static org.geoprospect.ui.ScreenshotDriver.waitFor;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.Selection;
import org.geoprospect.service.TourService;
import org.geoprospect.tour.TourPackWriter;
import org.geoprospect.ui.MainWindow;
import org.geoprospect.ui.ScreenshotDriver;
import org.locationtech.jts.geom.Envelope;

/**
 * Not a test: issue 7's "done when" walked through on a real display (run under xvfb-run) — the 25
 * picnic-interested households with a consent nearest to Angers, a one-day tour from Angers (08:00–19:00,
 * 15-minute visits), the pack exported, its PDF pages rendered to PNG, screenshots taken with ImageMagick's
 * {@code import -window root}, for a person to look at.
 * Usage: {@code java -cp geoprospect.jar:test-classes org.geoprospect.ui.tour.TourWalkthrough OUT_DIR PROJECT_DIR}.
 */
public final class TourWalkthrough {
    private TourWalkthrough() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path project = Path.of(args[1]);
        ScreenshotDriver.Opened opened = ScreenshotDriver.openMainWindow(project, out);
        MainWindow window = opened.window();
        Stage[] stage = {opened.stage()};
        var panels = window.targetingPanels();
        HouseholdColumns households = panels.context().session().data().households();
        double[] angers = CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93).transform(-0.5536, 47.4736);
        int picnic = HouseholdColumns.interestBit("picnic");
        int[] chosen = IntStream.range(0, households.size())
                .filter(id -> (households.interestMask(id) & picnic) != 0 && households.consentMask(id) != 0).boxed()
                .sorted(Comparator.comparingDouble(id -> Math.hypot(households.x(id) - angers[0], households.y(id) - angers[1])))
                .limit(25).mapToInt(Integer::intValue).toArray();
        TourPanel panel = onFx(() -> {
            window.viewModel().targeting().selectedHouseholdsProperty().set(Selection.of(households.size(), chosen));
            TabPane tabs = (TabPane) stage[0].getScene().lookup("#targetingTabs");
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "tabTour".equals(t.getId())).findFirst().orElseThrow());
            TourPanel p = (TourPanel) stage[0].getScene().lookup("#tourPanel");
            p.viewModel().places().startProperty().set("-0.5536,47.4736");
            p.viewModel().rules().maxPerDayProperty().set("25");
            p.viewModel().rules().maxDaysProperty().set("1");
            p.viewModel().rules().dayStartProperty().set("08:00");
            p.viewModel().rules().dayEndProperty().set("19:00");
            p.viewModel().rules().visitMinutesProperty().set("15");
            p.planNow();
            return p;
        });
        waitFor(() -> panel.viewModel().planProperty().get() != null || !panel.viewModel().problemProperty().get().isEmpty(), 120);
        if (panel.viewModel().planProperty().get() == null) {
            System.out.println("No plan: " + panel.viewModel().problemProperty().get());
        } else {
            onFx(() -> {
                TourPlan plan = panel.viewModel().planProperty().get();
                Envelope area = new Envelope(plan.start().x(), plan.start().x(), plan.start().y(), plan.start().y());
                plan.stopsInOrder().forEach(s -> area.expandToInclude(s.x(), s.y()));
                window.viewModel().targeting().zoomRequestProperty().set(area);
                return null;
            });
        }
        Thread.sleep(3000);
        shot(out, "walkthrough-1-planned");
        Path pack = out.resolve("pack");
        onFx(() -> {
            panel.viewModel().exportPack(project, pack, new TourService());
            return null;
        });
        waitFor(() -> !panel.viewModel().busyProperty().get(), 120);
        Thread.sleep(500);
        System.out.println("Message: " + panel.viewModel().messageProperty().get());
        System.out.println("Problem: " + panel.viewModel().problemProperty().get());
        shot(out, "walkthrough-2-exported");
        try (PDDocument pdf = Loader.loadPDF(pack.resolve(TourPackWriter.PDF).toFile())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 100);
                ImageIO.write(image, "png", out.resolve("walkthrough-pdf-page-" + (page + 1) + ".png").toFile());
            }
        }
        Platform.exit();
        System.exit(0);
    }
}
