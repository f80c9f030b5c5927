package org.geoprospect.render.labels;

/**
 * A label that found its place.
 *
 * @param request what was asked
 * @param box     the padded box it occupies (no other placed label's box intersects it)
 * @param originX screen x of the text's baseline origin
 * @param originY screen y of the baseline
 * @param leader  whether a leader line joins it to its marker (placed {@link LabelRequest#LEADER_RING} rings out
 *                or further)
 */
public record PlacedLabel(LabelRequest request, ScreenBox box, double originX, double originY, boolean leader) {
}
