package org.geoprospect.ui.map;

/** What the user colours the clients' diamonds by, in the layer panel. */
public enum ClientColourChoice {
    /** The contact category (client, former client, prospect…): the default. */
    CATEGORY,
    /** The RFM segment from the orders (champions, at risk, lost…). */
    SEGMENT
}
