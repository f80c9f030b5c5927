package org.geoprospect.ui.tour;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.geoprospect.render.Viewport;
import org.geoprospect.tour.TourPackWriter;
import org.geoprospect.ui.MainWindow;
import org.geoprospect.ui.map.MapView;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the Tour tab's workflow tests do as the user does: open the Tour tab by its header, select on
 * the map with the rectangle tool, type in the panel's fields, press Plan and Export, and read what the
 * screen shows (the day tabs' rows) and what the pack holds (the stops CSV and the PDF's contact sheet).
 */
final class TourTabDriver {
    /** One stop as shown or written: number across days, day, arrival "HH:MM", code. */
    record Visit(int number, int day, String arrival, String code) {
    }

    private static final Pattern SHEET_ROW = Pattern.compile("^(\\d+) (\\d+) (\\d\\d:\\d\\d) ([HC]\\d+) .*$");
    private final FxRobot robot;
    private final MainWindow window;

    TourTabDriver(FxRobot robot, MainWindow window) {
        this.robot = robot;
        this.window = window;
    }

    void waitForLoad() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.targetingPanels().context().session() != null
                && !window.viewModel().loadingProperty().get() && window.viewModel().map().frameProperty().get() != null);
    }

    /** Clicks the "Tour" tab's header. */
    void openTourTab() {
        Node header = robot.lookup(".tab-header-area .tab").match(n -> "tabTour".equals(n.getId())).query();
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#targetingTabs").queryAs(TabPane.class);
        if (!"tabTour".equals(tabs.getSelectionModel().getSelectedItem().getId())) {
            throw new AssertionError("clicking the Tour tab's header did not open it");
        }
    }

    TourPanel panel() {
        return robot.lookup("#tourPanel").queryAs(TourPanel.class);
    }

    /** Picks the rectangle tool and drags it over the ground {@code area} (project CRS). */
    void selectRectangle(Envelope area) {
        javafx.scene.control.ToggleButton tool = robot.lookup("#tool-rectangle").queryAs(javafx.scene.control.ToggleButton.class);
        if (!tool.isSelected()) {
            robot.clickOn(tool);
        }
        MapView map = robot.lookup("#map").queryAs(MapView.class);
        Viewport v = window.viewModel().map().viewportProperty().get();
        Point2D from = map.localToScreen(v.toScreenX(area.getMinX()), v.toScreenY(area.getMaxY()));
        Point2D to = map.localToScreen(v.toScreenX(area.getMaxX()), v.toScreenY(area.getMinY()));
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Zooms with the toolbar's "+" (a step at most doubles the scale) until {@code area} is at least
     * {@code pixels} wide on the map, or as wide as it can be while a step more could push it off the map.
     */
    void zoomUntilWide(Envelope area, double pixels) throws Exception {
        Viewport shown = window.viewModel().map().viewportProperty().get();
        double limit = Math.min(pixels, 0.45 * Math.min(shown.width(), shown.height() * area.getWidth() / area.getHeight()));
        while (area.getWidth() / window.viewModel().map().viewportProperty().get().metresPerPixel() < limit) {
            double before = window.viewModel().map().viewportProperty().get().metresPerPixel();
            robot.clickOn("#zoomIn");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> window.viewModel().map().viewportProperty().get().metresPerPixel() < before);
        }
    }

    /** The policy's summary line as shown. */
    String policySummary() {
        return robot.lookup("#tourPolicySummary").queryAs(Label.class).getText();
    }

    /** Waits for the contact policy's answer on a new choice of stops (its summary line changes from {@code before}). */
    void waitForPolicyCheck(String before) throws Exception {
        PolicyCheck policy = panel().viewModel().policy();
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !policy.checkingProperty().get()
                    && !policySummary().isEmpty() && !policySummary().equals(before));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("No new answer of the contact policy; the panel says \"" + policySummary()
                    + "\", the map " + robot.lookup("#selectionCounts").queryAs(Label.class).getText(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The policy list as shown. */
    @SuppressWarnings("unchecked")
    List<PolicyCheck.Row> policyRows() {
        return List.copyOf(robot.lookup("#tourPolicyList").queryAs(ListView.class).getItems());
    }

    /** Types the start, opens "Working day" and types the visits a day, as a user does. */
    void typeStartAndVisitsPerDay(String lonLat, int perDay) {
        robot.clickOn("#tourStart").write(lonLat);
        robot.clickOn("#tourRules");
        // The pane opens with an animation: click the field once it stands still.
        org.geoprospect.ui.SettledClicks.click(robot, robot.lookup("#tourMaxPerDay").query());
        robot.write(Integer.toString(perDay));
    }

    /** Presses Plan and waits for the day tabs. */
    void plan() throws Exception {
        TourPlanViewModel model = panel().viewModel();
        TourPlan before = model.planProperty().get();
        org.geoprospect.ui.SettledClicks.click(robot, robot.lookup("#tourPlan").query());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !model.busyProperty().get()
                && (model.planProperty().get() != before || !model.problemProperty().get().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every stop as the day tabs show it. */
    @SuppressWarnings("unchecked")
    List<Visit> shownInDayTabs() {
        TabPane days = robot.lookup("#tourDays").queryAs(TabPane.class);
        List<Visit> shown = new ArrayList<>();
        for (int d = 1; d <= days.getTabs().size(); d++) {
            for (StopRow row : (List<StopRow>) robot.lookup("#tourDay" + d).queryAs(ListView.class).getItems()) {
                shown.add(new Visit(row.number(), d, row.arrival().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")),
                        row.code()));
            }
        }
        return shown;
    }

    /** Presses "Export tour pack…", answers the folder dialog with {@code folder}, waits for the pack. */
    void exportTo(Path folder) throws Exception {
        panel().setFolderChooser(owner -> folder.toFile());
        robot.clickOn("#tourExport");
        TourPlanViewModel model = panel().viewModel();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.busyProperty().get()
                || !model.problemProperty().get().isEmpty() || Files.exists(folder.resolve(TourPackWriter.PDF)));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The stops of the pack's CSV. */
    static List<Visit> inCsv(Path pack) throws IOException {
        List<String> lines = Files.readAllLines(pack.resolve(TourPackWriter.CSV), StandardCharsets.UTF_8);
        List<Visit> visits = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            visits.add(new Visit(Integer.parseInt(cells[0]), Integer.parseInt(cells[1]), cells[2], cells[4]));
        }
        return visits;
    }

    /** The CSV's rows by code, split in cells. */
    static java.util.Map<String, String[]> csvRows(Path pack) throws IOException {
        List<String> lines = Files.readAllLines(pack.resolve(TourPackWriter.CSV), StandardCharsets.UTF_8);
        java.util.Map<String, String[]> rows = new java.util.LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            rows.put(cells[4], cells);
        }
        return rows;
    }

    /** The stops of the PDF's contact sheet, read from its text. */
    static List<Visit> inPdfSheet(Path pack) throws IOException {
        List<Visit> visits = new ArrayList<>();
        for (String line : sheetLines(pack)) {
            Matcher m = SHEET_ROW.matcher(line);
            if (m.matches()) {
                visits.add(new Visit(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), m.group(4)));
            }
        }
        return visits;
    }

    /** The lines of the contact sheet's pages (after the map pages). */
    static List<String> sheetLines(Path pack) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pack.resolve(TourPackWriter.PDF).toFile())) {
            List<String> lines = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                String text = pageText(pdf, page);
                if (text.startsWith("Contact sheet")) {
                    lines.addAll(List.of(text.split("\\R")));
                }
            }
            return lines;
        }
    }

    /** The text of each page of the pack's PDF, first page first. */
    static List<String> pdfPages(Path pack) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pack.resolve(TourPackWriter.PDF).toFile())) {
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                pages.add(pageText(pdf, page));
            }
            return pages;
        }
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
