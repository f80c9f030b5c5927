package org.geoprospect.ui;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Clicks through the menu bar as a user does: the menu's title in the bar, then each item by its text in
 * the menu's pop-up. Items are looked up in the pop-ups only, so that a button of the same text elsewhere
 * in the window (hidden or not) is never clicked instead.
 */
public final class MenuClicks {
    private MenuClicks() {
    }

    /** Opens {@code menu} in the window's menu bar and clicks the items of {@code path} in turn. */
    public static void click(FxRobot robot, String menu, String... path) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Node title = robot.from(bar).lookup((Node n) -> n instanceof Labeled l && menu.equals(l.getText().replace("_", "")))
                .query();
        robot.clickOn(title);
        boolean first = true;
        for (String item : path) {
            // A sub-menu's pop-up may be rebuilt as it opens: let it settle, then find the item.
            WaitForAsyncUtils.waitForFxEvents();
            Node node = inPopup(robot, item);
            // As a hand does: down from the menu's title first (sideways along the bar would open the next
            // menu), then sideways into a sub-menu (a diagonal path over the items below would close it).
            robot.clickOn(node, first ? org.testfx.robot.Motion.VERTICAL_FIRST : org.testfx.robot.Motion.HORIZONTAL_FIRST);
            first = false;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node inPopup(FxRobot robot, String text) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> find(robot, text) != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("No menu item \"" + text + "\" is shown", e);
        }
        return find(robot, text);
    }

    private static Node find(FxRobot robot, String text) {
        for (Window window : robot.listWindows()) {
            if (window instanceof PopupWindow && window.isShowing() && window.getScene() != null) {
                var found = robot.from(window.getScene().getRoot())
                        .lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText()) && n.isVisible()
                                && n.getScene() != null).tryQuery();
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return null;
    }
}
