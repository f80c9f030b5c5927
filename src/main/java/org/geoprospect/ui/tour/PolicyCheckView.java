package org.geoprospect.ui.tour;

import java.util.List;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Tour panel's view of {@link PolicyCheck}: the summary line, then the list of who is left out and
 * who is visited without name or address, each with the reason in words. It asks for a check when the
 * choice of stops changes, coalescing quick changes (a target being edited), and only while it is on
 * screen: in a tab that is not selected, the check waits until the tab is, so that editing criteria in
 * another tab does not read the project for nothing. FX thread.
 */
final class PolicyCheckView extends VBox {
    private final PolicyCheck policy;
    private final Supplier<List<PlannedStop>> stops;
    private final PauseTransition pause = new PauseTransition(Duration.millis(300));
    private boolean pending;
    private boolean watchingTabs;

    /**
     * @param stops the stops chosen now; throws {@link IllegalArgumentException} with the sentence to show
     *              when nothing or too much is chosen
     */
    PolicyCheckView(PolicyCheck policy, Supplier<List<PlannedStop>> stops) {
        super(4);
        this.policy = policy;
        this.stops = stops;
        Label summary = new Label();
        summary.setId("tourPolicySummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE); // whole, never cut with "…": the panel scrolls instead
        summary.textProperty().bind(policy.summaryProperty());
        summary.visibleProperty().bind(summary.textProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        ListView<PolicyCheck.Row> list = new ListView<>(policy.rows());
        list.setId("tourPolicyList");
        list.setPrefHeight(130);
        list.setMinHeight(56);
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new RowCell());
        list.visibleProperty().bind(Bindings.isNotEmpty(policy.rows()));
        list.managedProperty().bind(list.visibleProperty());
        getChildren().addAll(summary, list);
        pause.setOnFinished(e -> checkNow());
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                Platform.runLater(this::requestCheck);
            }
        });
    }

    /** Checks the choice soon when on screen, or as soon as it is shown. */
    void requestCheck() {
        pending = true;
        if (isShown()) {
            pause.playFromStart();
        } else {
            watchTabs();
        }
    }

    private void checkNow() {
        if (!pending) {
            return;
        }
        pending = false;
        try {
            policy.check(stops.get());
        } catch (IllegalArgumentException e) {
            policy.unavailable(e.getMessage());
        }
    }

    /** Whether the view is on screen: in a scene and every ancestor visible (a tab not selected is not). */
    private boolean isShown() {
        if (getScene() == null) {
            return false;
        }
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** In a tab pane, the check waits for this view's tab to be selected. */
    private void watchTabs() {
        if (watchingTabs) {
            return;
        }
        for (Node n = getParent(); n != null; n = n.getParent()) {
            if (n instanceof TabPane tabs) {
                watchingTabs = true;
                tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> Platform.runLater(() -> {
                    if (pending && isShown()) {
                        pause.playFromStart();
                    }
                }));
                return;
            }
        }
    }

    /** A group's title in bold, else the code and the reason in words. */
    private static final class RowCell extends ListCell<PolicyCheck.Row> {
        @Override
        protected void updateItem(PolicyCheck.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setStyle("");
                return;
            }
            setText(row.isTitle() ? row.reason() : row.code() + " — " + row.reason());
            setStyle(row.isTitle() ? "-fx-font-weight: bold;" : row.leftOut() ? "-fx-text-fill: #8a1c1c;" : "");
        }
    }
}
