package org.geoprospect.ui.project;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.geoprospect.service.RecentProjects;
import org.geoprospect.ui.MainViewModel;
import org.geoprospect.ui.Messages;

/**
 * What the map area shows while no project is open: the ways to open one (new, open, demo) and the
 * recent projects as links. Visible only when no project is open or loading. FX thread only.
 */
public final class NoProjectPane extends VBox {
    private final Messages messages;
    private final ProjectActions actions;
    private final VBox recentLinks = new VBox(4);

    public NoProjectPane(Messages messages, MainViewModel main, ProjectActions actions) {
        super(14);
        this.messages = messages;
        this.actions = actions;
        setId("noProjectPane");
        setAlignment(Pos.CENTER);
        setStyle("-fx-background-color: #f4f4f4;");
        Label title = new Label(messages.get("project.none.title"));
        title.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        Label hint = new Label(messages.get("project.none.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        Button create = new Button(messages.get("menu.file.newProject"));
        create.setId("noProjectNew");
        create.setOnAction(e -> actions.newProject());
        Button open = new Button(messages.get("menu.file.openProject"));
        open.setId("noProjectOpen");
        open.setOnAction(e -> actions.openProject());
        Button demo = new Button(messages.get("menu.file.openDemo"));
        demo.setId("noProjectDemo");
        demo.setOnAction(e -> actions.openDemo());
        HBox buttons = new HBox(8, create, open, demo);
        buttons.setAlignment(Pos.CENTER);
        recentLinks.setAlignment(Pos.CENTER);
        getChildren().addAll(title, hint, buttons, recentLinks);
        var shown = main.projectOpenProperty().not().and(main.loadingProperty().not());
        visibleProperty().bind(shown);
        managedProperty().bind(shown);
        visibleProperty().addListener((o, was, now) -> {
            if (now) {
                fillRecent();
            }
        });
        main.recentChangedProperty().addListener(o -> fillRecent());
    }

    private void fillRecent() {
        recentLinks.getChildren().clear();
        var entries = actions.recent();
        if (entries.isEmpty()) {
            return;
        }
        recentLinks.getChildren().add(new Label(messages.get("project.none.recent")));
        for (RecentProjects.Entry entry : entries) {
            Hyperlink link = new Hyperlink(messages.get("menu.file.recentItem", entry.name(), entry.folder()));
            link.setOnAction(e -> actions.openRecent(entry));
            link.setDisable(!entry.exists());
            recentLinks.getChildren().add(link);
        }
    }
}
