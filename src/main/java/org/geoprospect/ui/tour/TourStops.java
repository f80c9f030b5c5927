package org.geoprospect.ui.tour;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.geoprospect.analysis.AnalysisData;
import org.geoprospect.geo.Commune;
import org.geoprospect.geo.CommuneTable;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.Selection;
import org.geoprospect.model.Client;
import org.geoprospect.tour.TourStop;

/**
 * Turns households and clients chosen in the app (ids of the in-memory columns, positions in the
 * client list) into tour stops: code, position and commune name from the offline commune table.
 * Stateless; thread-safe over immutable data.
 */
public final class TourStops {
    /** The most stops a tour planned in the app may have: a rep's week is far below, the solver's limit far above. */
    public static final int MAX_STOPS = 500;

    private TourStops() {
    }

    /**
     * The stops of a choice: households first, then clients, each in id order.
     *
     * @param households household ids over {@code data.households()}, or null for none
     * @param clients    positions in {@code data.clients()}, or null for none
     * @throws IllegalArgumentException with one sentence when nothing is chosen or more than
     *                                  {@value #MAX_STOPS} stops are
     */
    public static List<PlannedStop> of(AnalysisData data, Selection households, Selection clients) {
        int count = (households == null ? 0 : households.cardinality()) + (clients == null ? 0 : clients.cardinality());
        if (count == 0) {
            throw new IllegalArgumentException("Nothing is chosen for the tour: select households or clients on the map, "
                    + "or set a target whose count is not zero.");
        }
        if (count > MAX_STOPS) {
            throw new IllegalArgumentException("The tour would have " + count + " stops; a tour takes at most " + MAX_STOPS
                    + ": narrow the target or select fewer households on the map.");
        }
        List<PlannedStop> stops = new ArrayList<>(count);
        if (households != null) {
            households.forEach(id -> stops.add(household(data.households(), id)));
        }
        if (clients != null) {
            clients.forEach(id -> stops.add(client(data.clients().get(id))));
        }
        return stops;
    }

    /** The stop of one household of the columns. */
    public static PlannedStop household(HouseholdColumns households, int id) {
        return new PlannedStop(households.anonCode(id), TourStop.Kind.HOUSEHOLD, households.x(id), households.y(id),
                communeName(households.communeCode(id)));
    }

    /** The stop of a client (its code only: the panel shows codes, never names). */
    public static PlannedStop client(Client client) {
        return new PlannedStop(client.code(), TourStop.Kind.CLIENT, client.x(), client.y(), "");
    }

    private static String communeName(String insee) {
        if (insee == null || insee.isEmpty()) {
            return "";
        }
        Optional<Commune> commune = CommuneTable.shipped().byInsee(insee);
        return commune.map(Commune::name).orElse(insee);
    }
}
