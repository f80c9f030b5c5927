package org.geoprospect.ui.project;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.geoprospect.service.RecentProjects;
import org.geoprospect.ui.MainViewModel;
import org.geoprospect.ui.Messages;

/**
 * The File menu's project items: New project… (Ctrl+N), Open project… (Ctrl+O), Open recent (the last
 * {@value RecentProjects#MAX}, filled each time the menu opens), Close project (Ctrl+W). FX thread only.
 */
public final class ProjectMenu {
    private ProjectMenu() {
    }

    /** The items, in menu order, for the top of the File menu. */
    public static List<MenuItem> items(Messages messages, MainViewModel main, ProjectActions actions) {
        MenuItem create = new MenuItem(messages.get("menu.file.newProject"));
        create.setId("menuNewProject");
        create.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        create.setOnAction(e -> actions.newProject());
        create.disableProperty().bind(main.loadingProperty());
        MenuItem open = new MenuItem(messages.get("menu.file.openProject"));
        open.setId("menuOpenProject");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> actions.openProject());
        open.disableProperty().bind(main.loadingProperty());
        Menu recent = new Menu(messages.get("menu.file.openRecent"));
        recent.setId("menuOpenRecent");
        recent.disableProperty().bind(main.loadingProperty());
        fillRecent(recent, messages, actions);
        // Filled again whenever the list changes, so that the submenu is right when it opens.
        main.recentChangedProperty().addListener(o -> fillRecent(recent, messages, actions));
        MenuItem demo = new MenuItem(messages.get("menu.file.openDemo"));
        demo.setId("menuOpenDemo");
        demo.setOnAction(e -> actions.openDemo());
        demo.disableProperty().bind(main.loadingProperty());
        MenuItem close = new MenuItem(messages.get("menu.file.closeProject"));
        close.setId("menuCloseProject");
        close.setAccelerator(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN));
        close.setOnAction(e -> actions.closeProject());
        close.disableProperty().bind(main.projectOpenProperty().not().and(main.loadingProperty().not()));
        return List.of(create, open, recent, demo, close);
    }

    private static void fillRecent(Menu menu, Messages messages, ProjectActions actions) {
        menu.getItems().clear();
        List<RecentProjects.Entry> entries = actions.recent();
        int number = 1;
        for (RecentProjects.Entry entry : entries) {
            // The folder tells two projects of the same name apart.
            MenuItem item = new MenuItem(messages.get("menu.file.recentItem", entry.name(), entry.folder()));
            item.setMnemonicParsing(false);
            item.setId("recentProject" + number);
            item.setOnAction(e -> actions.openRecent(entry));
            menu.getItems().add(item);
            number++;
        }
        if (entries.isEmpty()) {
            MenuItem none = new MenuItem(messages.get("menu.file.recentNone"));
            none.setDisable(true);
            menu.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem(messages.get("menu.file.recentClear"));
            clear.setId("recentClear");
            clear.setOnAction(e -> {
                actions.clearRecent();
                fillRecent(menu, messages, actions);
            });
            menu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }
}
