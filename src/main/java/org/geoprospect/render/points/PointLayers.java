package org.geoprospect.render.points;

import java.util.List;
import java.util.Objects;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.index.Selection;
import org.geoprospect.model.Client;
import org.geoprospect.model.Competitor;

/**
 * The point layers of the prospecting map, in the project CRS: households (as prospect dots or, zoomed
 * in, as individual records), the company's clients and its competitors.
 *
 * @param households     the households' columns; null when the project has none
 * @param householdIndex the spatial index over {@code households}; null exactly when households is null
 * @param potential      the households that count as remaining potential (a criterion: an interest, a
 *                       consent channel, not yet clients…); null means all households
 * @param clients        the customer-file contacts to mark, never null
 * @param competitors    competitors' outlets, drawn as red squares, never null
 * @param clientSizing   how client markers are sized
 * @param clientColouring how client markers are coloured (by category, by RFM segment…)
 */
public record PointLayers(HouseholdColumns households, PackedPointIndex householdIndex, Selection potential,
                          List<Client> clients, List<Competitor> competitors, ClientSizing clientSizing,
                          ClientColouring clientColouring) {
    /** No point layer at all. */
    public static final PointLayers EMPTY = new PointLayers(null, null, null, List.of(), List.of(), ClientSizing.NONE);

    public PointLayers {
        if ((households == null) != (householdIndex == null)) {
            throw new IllegalArgumentException("Households and their index go together");
        }
        clients = List.copyOf(clients);
        competitors = List.copyOf(competitors);
        Objects.requireNonNull(clientSizing, "clientSizing");
        Objects.requireNonNull(clientColouring, "clientColouring");
    }

    /** Layers whose clients are coloured by category. */
    public PointLayers(HouseholdColumns households, PackedPointIndex householdIndex, Selection potential,
                       List<Client> clients, List<Competitor> competitors, ClientSizing clientSizing) {
        this(households, householdIndex, potential, clients, competitors, clientSizing, ClientColouring.BY_CATEGORY);
    }

    /** Whether there is nothing to draw. */
    public boolean isEmpty() {
        return households == null && clients.isEmpty() && competitors.isEmpty();
    }

    /** The same layers with the potential limited to {@code selection} (null: all households). */
    public PointLayers withPotential(Selection selection) {
        return new PointLayers(households, householdIndex, selection, clients, competitors, clientSizing, clientColouring);
    }

    /** The same layers with the clients coloured another way. */
    public PointLayers withClientColouring(ClientColouring colouring) {
        return new PointLayers(households, householdIndex, potential, clients, competitors, clientSizing, colouring);
    }
}
