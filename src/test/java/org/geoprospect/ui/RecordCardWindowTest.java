package org.geoprospect.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.geoprospect.analysis.aggregation.ProspectDots;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.Viewport;
import org.geoprospect.service.ProjectService;
import org.geoprospect.service.ProjectSession;
import org.geoprospect.ui.map.MapView;
import org.geoprospect.ui.map.MapViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Thin wiring test on the demo project, headless: zoom in until the dots give way to household
 * records, click a household and its detail card opens with its anonymous code.
 */
@ExtendWith(ApplicationExtension.class)
class RecordCardWindowTest {
    @TempDir
    static Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path project = dir.resolve("demo");
        if (!java.nio.file.Files.exists(project)) {
            new ProjectService().create(project, true, ProgressMonitor.NONE);
        }
        window = new MainWindow(Messages.forLocale(Locale.ENGLISH));
        window.show(stage);
        window.viewModel().load(ProjectSession.of(project, false));
    }

    @AfterEach
    void close() {
        window.viewModel().close();
    }

    private MapViewModel map() {
        return window.viewModel().map();
    }

    private void waitForRenderOfCurrentView() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            var frame = map().frameProperty().get();
            return map().contentProperty().get() != null && !window.viewModel().loadingProperty().get()
                    && frame != null && frame.viewport().equals(map().viewportProperty().get());
        });
    }

    @Test
    void zoomingInRevealsRecordsAndAClickOpensTheHouseholdCard(FxRobot robot) throws Exception {
        waitForRenderOfCurrentView();
        robot.interact(() -> map().zoomToFullExtent());
        waitForRenderOfCurrentView();
        assertTrue(!ProspectDots.showsRecords(map().viewportProperty().get().scaleDenominator()),
                "the map opens on dots: " + map().viewportProperty().get() + " " + map().contentProperty().get().fullExtent());
        HouseholdColumns households = map().contentProperty().get().points().households();
        int id = households.idOfCode("H0006669");
        robot.interact(() -> map().centreOn(households.x(id), households.y(id)));
        while (!ProspectDots.showsRecords(map().viewportProperty().get().scaleDenominator())) {
            robot.interact(() -> map().zoomIn());
        }
        robot.interact(() -> map().zoomIn()); // one step more, so markers stand apart
        waitForRenderOfCurrentView();
        assertTrue(map().frameProperty().get().viewport().scaleDenominator() <= ProspectDots.RECORDS_SCALE_DENOMINATOR);

        MapView mapView = window.mapView();
        Viewport v = map().viewportProperty().get();
        Point2D onScreen = mapView.localToScreen(v.toScreenX(households.x(id)), v.toScreenY(households.y(id)));
        robot.moveTo(onScreen).clickOn(MouseButton.PRIMARY);
        Label title = robot.lookup("#recordCardTitle").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#recordCard").query().isVisible()
                && "Household H0006669".equals(title.getText())
                && !window.viewModel().prospecting().card().loadingProperty().get());
        assertEquals("Household H0006669", title.getText());
        assertTrue(window.viewModel().prospecting().card().rows().stream()
                .anyMatch(r -> r.label().equals("Anonymous code") && r.value().equals("H0006669")));
        // sample-data/households.csv gives H0006669 the interest code "running": the card prints the word.
        assertTrue(window.viewModel().prospecting().card().rows().stream()
                .anyMatch(r -> r.label().equals("Interests") && "Running".equals(r.value())),
                () -> window.viewModel().prospecting().card().rows().toString());
    }

    @Test
    void theCardIsOpaqueWrapsBetweenWordsExplainsItsBandsAndStaysInsideTheMap(FxRobot robot) throws Exception {
        waitForRenderOfCurrentView();
        HouseholdColumns households = map().contentProperty().get().points().households();
        // sample-data/households.csv: H0000039 consented to e-mail (camille.maquette.39@example.org), band B, 45-59.
        int id = households.idOfCode("H0000039");
        robot.interact(() -> map().centreOn(households.x(id), households.y(id)));
        while (!ProspectDots.showsRecords(map().viewportProperty().get().scaleDenominator())) {
            robot.interact(() -> map().zoomIn());
        }
        robot.interact(() -> map().zoomIn());
        robot.interact(() -> map().zoomIn());
        waitForRenderOfCurrentView();
        Viewport v = map().viewportProperty().get();
        MapView mapView = window.mapView();
        robot.moveTo(mapView.localToScreen(v.toScreenX(households.x(id)), v.toScreenY(households.y(id)))).clickOn(MouseButton.PRIMARY);
        Label title = robot.lookup("#recordCardTitle").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Household H0000039".equals(title.getText())
                && !window.viewModel().prospecting().card().loadingProperty().get()
                && window.viewModel().prospecting().card().rows().stream().anyMatch(r -> r.label().equals("Email")));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node card = robot.lookup("#recordCard").query();
        assertTrue(card.getStyle().contains("-fx-background-color: white"), "opaque: " + card.getStyle());
        var rows = window.viewModel().prospecting().card().rows();
        assertTrue(rows.stream().anyMatch(r -> r.label().equals("Income band") && r.value().equals("B — second fifth")), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.label().equals("Age band") && r.value().equals("45–59 years old")), rows::toString);
        String email = "camille.maquette.39@example.org";
        Label value = robot.lookup((javafx.scene.Node n) -> n instanceof Label l && email.equals(l.getText())).queryAs(Label.class);
        javafx.scene.text.Text drawn = (javafx.scene.text.Text) value.lookup(".text");
        assertEquals(email, drawn.getText(), "the address is drawn whole, not cut or split");
        javafx.geometry.Bounds cardBounds = card.localToScene(card.getLayoutBounds());
        javafx.geometry.Bounds mapBounds = mapView.localToScene(mapView.getLayoutBounds());
        assertTrue(mapBounds.contains(cardBounds), "the card stays inside the map: " + cardBounds + " in " + mapBounds);
        // As tall as its rows, not stretched down the map as a blank white column.
        javafx.scene.layout.Region region = (javafx.scene.layout.Region) card;
        double content = WaitForAsyncUtils.asyncFx(() -> region.prefHeight(region.getWidth())).get();
        assertTrue(region.getHeight() <= content + 1 && region.getHeight() < mapBounds.getHeight() - 40,
                "the card is " + region.getHeight() + " px tall for " + content + " px of content in a map of " + mapBounds.getHeight());
    }
}
