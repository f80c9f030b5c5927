package org.geoprospect.ui;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.geoprospect.io.image.PngWriter;
import org.geoprospect.render.MapRenderer;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.service.MapContentLoader;
import org.geoprospect.ui.map.MapViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's state: project loading (progress, cancel, failure), PNG export and the status
 * message, around the {@link MapViewModel}. The View shows {@link #errorProperty()} as a dialog
 * and then calls {@link #clearError()}. FX-thread confined.
 */
public final class MainViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    /** An error for the user: a header and one sentence. */
    public record UserError(String header, String message) {
    }

    private final Messages messages;
    private final MapViewModel map;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper loadProgress = new ReadOnlyDoubleWrapper(this, "loadProgress", -1);
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "");
    private final javafx.beans.property.ReadOnlyObjectWrapper<UserError> error =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "error");
    private BackgroundTasks.Handle loadTask;

    public MainViewModel(Messages messages) {
        this.messages = messages;
        this.map = new MapViewModel(messages);
        map.renderErrorProperty().addListener((o, a, text) -> {
            if (text != null) {
                statusMessage.set(text);
            }
        });
    }

    /** Loads the map content in the background; the map stays empty until it arrives. */
    public void load(MapContentLoader loader) {
        loading.set(true);
        loadProgress.set(-1);
        loadTask = BackgroundTasks.run(loader::load, content -> {
            loading.set(false);
            map.setContent(content);
            statusMessage.set(messages.get("status.ready"));
        }, failure -> {
            loading.set(false);
            LOG.warn("Project loading failed", failure);
            error.set(new UserError(messages.get("load.failed.header"), userSentence(failure)));
        }, () -> {
            loading.set(false);
            statusMessage.set(messages.get("load.cancelled"));
        });
        loadProgress.bind(loadTask.progressProperty());
    }

    /** Asks the loading to stop (it stops at its next check and undoes its work). */
    public void cancelLoad() {
        if (loadTask != null) {
            loadTask.cancel();
        }
    }

    /** Renders the current view at its current size into a PNG file, in the background. */
    public void exportPng(Path target) {
        Viewport v = map.viewportProperty().get();
        if (v == null) {
            return;
        }
        var drawings = map.visibleDrawings();
        BackgroundTasks.run(monitor -> {
            RasterCanvas canvas = new RasterCanvas(v.width(), v.height());
            new MapRenderer().render(drawings, v, canvas, monitor);
            PngWriter.write(canvas, target);
            return target;
        }, path -> statusMessage.set(messages.get("status.exported", path)),
                failure -> error.set(new UserError(messages.get("export.failed.header"), userSentence(failure))),
                () -> { });
    }

    /** The message of an exception as the user sees it: its own sentence, never a stack trace. */
    String userSentence(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return messages.get("load.failed.unknown", failure.getClass().getSimpleName());
        }
        return message.strip();
    }

    public void clearError() {
        error.set(null);
    }

    public MapViewModel map() {
        return map;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loadProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyObjectProperty<UserError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Cancels loading and stops the render thread. */
    @Override
    public void close() {
        cancelLoad();
        map.close();
    }
}
