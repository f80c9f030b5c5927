package org.geoprospect.render.points;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.index.Selection;
import org.geoprospect.render.MapOverlay;

/**
 * What the point layers of one map show, decided once: the point layers as shown (hidden ones left out,
 * the potential limited to a criterion), the "escaping prospects" ramp when it replaces the households'
 * dots, the selected households and the marked (selected or highlighted) clients. The map window, its
 * exports and the layouts' legends all read it, so what the legend lists and what the overlays paint
 * come from the same decision. Immutable; {@link #overlays()} makes fresh overlays (their painters keep
 * per-render state, so each render thread needs its own).
 *
 * @param shown              the point layers drawn; never null ({@link PointLayers#EMPTY} for none)
 * @param escape             the escape ramp drawn instead of the households' dots and markers, or null
 * @param selectedHouseholds selected household ids (universe: {@code shown}'s households), or null for none
 * @param markedClients      selected or highlighted client positions in {@code shown.clients()}, or null for none
 */
public record PointScene(PointLayers shown, EscapeShown escape, Selection selectedHouseholds, Selection markedClients) {
    /** Nothing drawn. */
    public static final PointScene EMPTY = new PointScene(PointLayers.EMPTY, null, null, null);

    public PointScene {
        Objects.requireNonNull(shown, "shown");
        if (selectedHouseholds != null && (shown.households() == null
                || selectedHouseholds.universe() != shown.households().size())) {
            throw new IllegalArgumentException("A household selection needs the households it selects among");
        }
    }

    /**
     * The escape ramp as drawn.
     *
     * @param index         the household index, not null
     * @param filter        the households shown, or null for all
     * @param usProbability per household, the probability of choosing us (shared, not copied)
     */
    public record EscapeShown(PackedPointIndex index, Selection filter, float[] usProbability) {
        public EscapeShown {
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(usProbability, "usProbability");
        }
    }

    /** Every point layer of {@code all} shown, nothing selected, no escape ramp ({@code render}'s map). */
    public static PointScene allShown(PointLayers all) {
        return new PointScene(all == null ? PointLayers.EMPTY : all, null, null, null);
    }

    /** The point layers drawn under the escape ramp: clients and competitors only. */
    PointLayers besideEscape() {
        return new PointLayers(null, null, null, shown.clients(), shown.competitors(), shown.clientSizing());
    }

    /** Fresh overlays to paint, bottom first: the point layers (or the ramp and then clients and competitors), then the selection. */
    public List<MapOverlay> overlays() {
        List<MapOverlay> overlays = new ArrayList<>();
        if (shown.isEmpty()) {
            return overlays;
        }
        if (escape != null) {
            overlays.add(new EscapeRampOverlay(escape.index(), escape.filter(), escape.usProbability()));
            overlays.add(new PointLayersOverlay(besideEscape()));
        } else {
            overlays.add(new PointLayersOverlay(shown));
        }
        Selection clients = shown.clients().isEmpty() ? null : markedClients;
        if (selectedHouseholds != null || clients != null) {
            overlays.add(new SelectionOverlay(shown, selectedHouseholds, clients));
        }
        return overlays;
    }
}
