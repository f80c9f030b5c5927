package org.geoprospect.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.geoprospect.service.MapContentLoader;
import org.geoprospect.service.ProjectSession;

/**
 * The JavaFX application; start it through {@link AppLauncher#launch}, which supplies the project.
 */
public final class GeoProspectApp extends Application {
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("fxStart");
        ProjectSession session = AppLauncher.session();
        MapContentLoader loader = AppLauncher.loader();
        if (session == null && loader == null) {
            throw new IllegalStateException("GeoProspectApp must be started through AppLauncher.launch.");
        }
        Messages messages = Messages.forDefaultLocale();
        // Encrypted projects: the store asks from the loader's thread; the dialog shows on the FX thread.
        org.geoprospect.service.Passphrases.askWith(new org.geoprospect.ui.safety.PassphraseAsker(messages, () -> stage));
        window = new MainWindow(messages);
        window.setDocumentOpener(getHostServices()::showDocument);
        window.viewModel().setRecentProjects(org.geoprospect.service.RecentProjects.forUser());
        window.setWindowSettings(org.geoprospect.service.WindowSettings.forUser());
        AppLauncher.missingLast().ifPresent(path -> window.viewModel().setStartNote(messages.get("status.lastProjectMissing", path)));
        StartupProbe.mark("windowBuilt");
        StartupProbe.installIfAsked(window, stage);
        window.show(stage);
        StartupProbe.mark("showReturned");
        if (session != null) {
            window.viewModel().load(session);
        } else {
            window.viewModel().load(loader);
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.viewModel().close();
        }
    }
}
