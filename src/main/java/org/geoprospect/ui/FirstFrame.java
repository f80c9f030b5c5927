package org.geoprospect.ui;

import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;
import org.geoprospect.service.MapContent;
import org.geoprospect.ui.map.MapViewModel;
import org.geoprospect.ui.map.RenderedFrame;

/**
 * Waits for the first frame drawn from a map content: what must follow it ("Ready" in the status line,
 * the panels' data, which would slow it down on two cores) runs once, when that frame is on screen — or
 * after {@link #PATIENCE} without one (a map never drawn, e.g. a window not shown), so that nothing waits
 * for ever. FX thread only.
 */
final class FirstFrame {
    /** How long the first frame is waited for before what follows it runs anyway. */
    static final Duration PATIENCE = Duration.seconds(5);

    private FirstFrame() {
    }

    /** Runs {@code action} once the map shows a frame of {@code content} (at once if it already does). */
    static void whenDrawn(MapViewModel map, MapContent content, Runnable action) {
        RenderedFrame current = map.frameProperty().get();
        if (current != null && current.source() == content) {
            action.run();
            return;
        }
        boolean[] done = {false};
        PauseTransition patience = new PauseTransition(PATIENCE);
        ChangeListener<RenderedFrame> listener = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends RenderedFrame> o, RenderedFrame before, RenderedFrame frame) {
                if (frame != null && frame.source() == content && !done[0]) {
                    done[0] = true;
                    patience.stop();
                    map.frameProperty().removeListener(this);
                    if (map.contentProperty().get() == content) {
                        action.run();
                    }
                }
            }
        };
        patience.setOnFinished(e -> {
            if (!done[0]) {
                done[0] = true;
                map.frameProperty().removeListener(listener);
                if (map.contentProperty().get() == content) {
                    action.run();
                }
            }
        });
        map.frameProperty().addListener(listener);
        patience.play();
    }
}
