package org.geoprospect.ui.map;

import java.util.List;
import java.util.Optional;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.Selection;
import org.geoprospect.model.Client;
import org.geoprospect.render.points.PointLayers;
import org.locationtech.jts.geom.Envelope;

/**
 * The area to show for "Zoom to selection": the envelope of the selected households and clients, grown
 * about its centre to at least {@value #MIN_SIZE_METRES} m on each side so that one point (or a row of
 * points) is shown with its surroundings rather than at the finest zoom. Stateless and thread-safe.
 */
public final class SelectionExtent {
    /** Smallest width and height shown, in metres. */
    public static final double MIN_SIZE_METRES = 1000;

    private SelectionExtent() {
    }

    /**
     * The area of the selection.
     *
     * @param points     the map's point layers (null: none)
     * @param households selected household ids (positions in {@code points.households()}), or null
     * @param clients    selected client ids (positions in {@code points.clients()}), or null
     * @return empty when nothing is selected (or the ids point at nothing loaded)
     */
    public static Optional<Envelope> of(PointLayers points, Selection households, Selection clients) {
        if (points == null) {
            return Optional.empty();
        }
        Envelope extent = new Envelope();
        HouseholdColumns columns = points.households();
        if (households != null && columns != null) {
            households.forEach(id -> {
                if (id < columns.size()) {
                    extent.expandToInclude(columns.x(id), columns.y(id));
                }
            });
        }
        List<Client> list = points.clients();
        if (clients != null) {
            clients.forEach(id -> {
                if (id < list.size()) {
                    extent.expandToInclude(list.get(id).x(), list.get(id).y());
                }
            });
        }
        return extent.isNull() ? Optional.empty() : Optional.of(atLeast(extent, MIN_SIZE_METRES));
    }

    /** Whether anything is selected (the menu item is enabled exactly then). */
    public static boolean anySelected(Selection households, Selection clients) {
        return (households != null && !households.isEmpty()) || (clients != null && !clients.isEmpty());
    }

    /** The envelope grown about its centre so that each side is at least {@code size}. */
    static Envelope atLeast(Envelope area, double size) {
        Envelope grown = new Envelope(area);
        grown.expandBy(Math.max(0, (size - area.getWidth()) / 2), Math.max(0, (size - area.getHeight()) / 2));
        return grown;
    }
}
