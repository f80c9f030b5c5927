package org.geoprospect.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.geoprospect.io.image.PngWriter;
import org.geoprospect.render.LegendedOverlay;
import org.geoprospect.render.MapLegend;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.render.MapRenderer;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.ui.map.MapViewModel;

/**
 * The map as the window shows it, written as a PNG of a given size with its legend painted over a
 * corner: the plain picture the tour's map export and its screenshots use. The print layouts of File ▸
 * Export map (legend beside the map, title, credits) are {@code ui.map.MapExport*}. Runs in the
 * background; FX thread to start it.
 */
final class MapPngExport {
    private MapPngExport() {
    }

    /**
     * Renders the area of the map's current view at {@code width} × {@code height} (the area is kept, the
     * scale follows) with the legend of what is shown and the scale bar into {@code target}.
     */
    static void export(MapViewModel map, Messages messages, Path target, int width, int height, Consumer<Path> done,
            Consumer<Throwable> failed) {
        Viewport current = map.viewportProperty().get();
        if (current == null) {
            return;
        }
        Viewport v = Viewport.fitting(current.envelope(), width, height);
        var choices = map.pointLayers();
        boolean households = choices.householdsVisibleProperty().get();
        boolean clients = choices.clientsVisibleProperty().get();
        boolean competitors = choices.competitorsVisibleProperty().get();
        var drawings = map.visibleDrawings();
        var content = map.contentProperty().get();
        // Fresh overlays: the map's own are confined to its render thread.
        List<MapOverlay> overlays = new ArrayList<>(content == null ? List.of() : map.pointLayers().overlays(content.points()));
        // Except those with a legend of their own (the tour's route): immutable, drawn on top as on screen.
        List<MapOverlay> legended = map.currentOverlays().stream().filter(o -> o instanceof LegendedOverlay).toList();
        overlays.addAll(legended);
        BackgroundTasks.run(monitor -> {
            RasterCanvas canvas = new RasterCanvas(v.width(), v.height());
            new MapRenderer().render(drawings, overlays, v, canvas, monitor);
            var legend = new ArrayList<>(MapLegend.overlayLines(legended, messages::get));
            legend.addAll(MapLegend.lines(content == null ? null : content.points(), households, clients, competitors, drawings,
                    messages::get));
            org.geoprospect.render.LegendPainter.paint(canvas, messages.get("legend.title"), legend);
            PngWriter.write(canvas, target);
            return target;
        }, done, failed, () -> { });
    }
}
