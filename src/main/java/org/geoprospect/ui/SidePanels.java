package org.geoprospect.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.geoprospect.service.WindowSettings;

/**
 * The main window's three columns — the layers panel, the map, the targeting panels — in a split pane
 * whose side panels can be resized by their dividers and collapsed (View menu, F9 and F10), the map taking
 * what they leave. Their widths and whether they are shown are remembered per user
 * ({@link WindowSettings}) and restored at the next start; when the window grows or shrinks the side
 * panels keep their width and the map follows. FX thread only.
 */
public final class SidePanels {
    /** The narrowest a side panel may be dragged to. */
    static final double MIN_SIDE_WIDTH = 200;
    /** The narrowest the map keeps when the panels are widened. */
    static final double MIN_MAP_WIDTH = 320;

    private final SplitPane split = new SplitPane();
    private final Region left;
    private final Node centre;
    private final Region right;
    private final BooleanProperty leftShown = new SimpleBooleanProperty(this, "leftShown", true);
    private final BooleanProperty rightShown = new SimpleBooleanProperty(this, "rightShown", true);
    private final WindowSettings settings;
    private final PauseTransition saveLater = new PauseTransition(Duration.millis(400));
    private double leftWidth;
    private double rightWidth;
    /** True while widths are applied from the settings, so that the dividers' moves are not saved back. */
    private boolean applying;
    /** The split pane's width when the widths were last applied. */
    private double appliedTotal = -1;

    /**
     * @param settings where the state is remembered; null: not remembered (tests)
     */
    public SidePanels(Region left, Node centre, Region right, WindowSettings settings) {
        this.left = left;
        this.centre = centre;
        this.right = right;
        this.settings = settings;
        WindowSettings.Panels saved = settings == null ? WindowSettings.Panels.DEFAULT : settings.panels();
        leftWidth = saved.leftWidth();
        rightWidth = saved.rightWidth();
        split.setId("mainSplit");
        // A panel may set a larger minimum of its own (the targeting panels' forms need 320 px).
        left.setMinWidth(Math.max(MIN_SIDE_WIDTH, left.getMinWidth()));
        right.setMinWidth(Math.max(MIN_SIDE_WIDTH, right.getMinWidth()));
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        leftShown.set(saved.leftShown());
        rightShown.set(saved.rightShown());
        rebuild();
        leftShown.addListener((o, a, b) -> {
            rebuild();
            saveSoon();
        });
        rightShown.addListener((o, a, b) -> {
            rebuild();
            saveSoon();
        });
        left.widthProperty().addListener((o, a, w) -> remember());
        right.widthProperty().addListener((o, a, w) -> remember());
        // A window resize keeps the side panels' widths (shrunk only while the map would get too narrow);
        // the first sizes a window manager gives may be tiny, so the widths are applied at every resize.
        split.widthProperty().addListener((o, a, w) -> Platform.runLater(this::applyWidths));
        saveLater.setOnFinished(e -> save());
    }

    /** The split pane to place in the window. */
    public SplitPane node() {
        return split;
    }

    /** Whether the layers panel (left) is shown. */
    public BooleanProperty leftShownProperty() {
        return leftShown;
    }

    /** Whether the targeting panels (right) are shown. */
    public BooleanProperty rightShownProperty() {
        return rightShown;
    }

    /** The widths the side panels take when shown (pixels): the ones dragged to, else the defaults for the window's width. */
    public double[] widths() {
        double total = split.getWidth();
        return new double[] {Double.isNaN(leftWidth) ? defaultLeft(total) : leftWidth,
                Double.isNaN(rightWidth) ? defaultRight(total) : rightWidth};
    }

    private void rebuild() {
        applying = true;
        try {
            split.getItems().clear();
            if (leftShown.get()) {
                split.getItems().add(left);
            }
            split.getItems().add(centre);
            if (rightShown.get()) {
                split.getItems().add(right);
            }
        } finally {
            applying = false;
        }
        Platform.runLater(this::applyWidths);
    }

    /** Puts the dividers where the remembered widths say, leaving the map at least {@link #MIN_MAP_WIDTH}. */
    private void applyWidths() {
        double total = split.getWidth();
        if (total <= 0) {
            return;
        }
        double l = leftShown.get() ? (Double.isNaN(leftWidth) ? defaultLeft(total) : leftWidth) : 0;
        double r = rightShown.get() ? (Double.isNaN(rightWidth) ? defaultRight(total) : rightWidth) : 0;
        double spare = total - MIN_MAP_WIDTH;
        if (l + r > spare && l + r > 0) {
            double scale = Math.max(0, spare) / (l + r);
            l = Math.max(MIN_SIDE_WIDTH, l * scale);
            r = Math.max(MIN_SIDE_WIDTH, r * scale);
        }
        appliedTotal = total;
        applying = true;
        try {
            if (leftShown.get() && rightShown.get()) {
                split.setDividerPositions(l / total, 1 - r / total);
            } else if (leftShown.get()) {
                split.setDividerPositions(l / total);
            } else if (rightShown.get()) {
                split.setDividerPositions(1 - r / total);
            }
        } finally {
            Platform.runLater(() -> applying = false);
        }
    }

    /** The layers panel's width until the user drags it: a fifth of the window, 220 to 300 px. */
    static double defaultLeft(double total) {
        return Math.max(220, Math.min(300, 0.2 * total));
    }

    /** The targeting panels' width until the user drags it: 30 % of the window, 340 to 460 px (their forms need 340). */
    static double defaultRight(double total) {
        return Math.max(340, Math.min(460, 0.3 * total));
    }

    private void remember() {
        // Only a divider dragged by the user: not the widths applied, nor a window being resized.
        if (applying || split.getWidth() <= 0 || split.getWidth() != appliedTotal) {
            return;
        }
        if (leftShown.get() && left.getWidth() > 0) {
            leftWidth = left.getWidth();
        }
        if (rightShown.get() && right.getWidth() > 0) {
            rightWidth = right.getWidth();
        }
        saveSoon();
    }

    private void saveSoon() {
        if (settings != null) {
            saveLater.playFromStart();
        }
    }

    private void save() {
        WindowSettings.Panels state = new WindowSettings.Panels(leftShown.get(), leftWidth, rightShown.get(), rightWidth);
        BackgroundTasks.run(m -> {
            settings.save(state);
            return null;
        }, done -> { }, failure -> org.slf4j.LoggerFactory.getLogger(SidePanels.class)
                .warn("The window settings could not be saved: {}", failure.getMessage()), () -> { });
    }
}
