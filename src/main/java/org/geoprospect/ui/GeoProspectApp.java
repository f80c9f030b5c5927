package org.geoprospect.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.geoprospect.service.MapContentLoader;

/**
 * The JavaFX application; start it through {@link AppLauncher#launch}, which supplies the loader.
 */
public final class GeoProspectApp extends Application {
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        MapContentLoader loader = AppLauncher.loader();
        if (loader == null) {
            throw new IllegalStateException("GeoProspectApp must be started through AppLauncher.launch(args, loader).");
        }
        window = new MainWindow(Messages.forDefaultLocale());
        window.show(stage);
        window.viewModel().load(loader);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.viewModel().close();
        }
    }
}
