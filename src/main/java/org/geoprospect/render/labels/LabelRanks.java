package org.geoprospect.render.labels;

/**
 * The order in which kinds of labels claim their place, lowest first (PAL's layer priorities): the
 * competitors' names, which the analyst looks for and which are never dropped while a place is left;
 * then the towns, by population within the rank; then the names of areas (commercial sectors); then the
 * details of a large-scale view (household codes). A label of a later rank only gets the room the
 * earlier ones left. Stateless.
 */
public final class LabelRanks {
    /** Competitors' names. */
    public static final int COMPETITOR = 0;
    /** Towns and other labelled points (communes: priority = population). */
    public static final int TOWN = 1;
    /** Names of polygons (commercial sectors). */
    public static final int AREA = 2;
    /** Household codes and interests at large scales. */
    public static final int DETAIL = 3;

    private LabelRanks() {
    }
}
