package org.geoprospect.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built the first time it is shown, not with the window: a panel nobody opens
 * costs nothing at start-up. FX thread only.
 */
public final class LazyTab {
    private LazyTab() {
    }

    /** A tab titled {@code title} whose content {@code builder} makes once, when the tab is first selected. */
    public static Tab of(String id, String title, Supplier<Node> builder) {
        Tab tab = new Tab(title);
        tab.setId(id);
        if (tab.isSelected()) {
            tab.setContent(builder.get());
        }
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(builder.get());
            }
        });
        return tab;
    }
}
