package org.geoprospect.ui;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Clicks a node only once it has settled where the user would see it: shown, enabled, and at the same
 * place on screen over two successive layout pulses. A click computed from the bounds of a node the
 * next pulse moves (a tab just chosen, a pane just scrolled, a pop-up just opened) lands elsewhere on a
 * loaded machine; a user's eye waits for the screen to settle, and so does this.
 */
public final class SettledClicks {
    private SettledClicks() {
    }

    /** Waits up to 20 s for {@code node} to settle, then clicks its centre. */
    public static void click(FxRobot robot, Node node) {
        settle(robot, node);
        robot.clickOn(node);
    }

    /** Waits up to 20 s for the node to be shown, enabled and still on screen across two pulses. */
    public static void settle(FxRobot robot, Node node) {
        AtomicReference<Bounds> previous = new AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                Bounds now = WaitForAsyncUtils.asyncFx(() -> shown(node) ? node.localToScreen(node.getBoundsInLocal()) : null)
                        .get();
                boolean same = now != null && Objects.equals(now, previous.get());
                previous.set(now);
                if (!same) {
                    Thread.sleep(50);
                }
                return same;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("The node " + node.getId() + " never settled on screen (shown, enabled, still)", e);
        }
    }

    private static boolean shown(Node node) {
        return node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing()
                && node.isVisible() && !node.isDisabled() && node.getBoundsInLocal().getWidth() > 0;
    }
}
