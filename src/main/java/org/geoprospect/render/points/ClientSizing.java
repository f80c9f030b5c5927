package org.geoprospect.render.points;

import org.geoprospect.model.Client;

/** What sizes client markers: nothing (one size), revenue or gross margin (area proportional to the value). */
public enum ClientSizing {
    NONE, REVENUE, GROSS_MARGIN;

    /** The value that sizes a client's marker (0 for {@link #NONE}). */
    double valueOf(Client client) {
        return switch (this) {
            case NONE -> 0;
            case REVENUE -> client.revenue();
            case GROSS_MARGIN -> client.grossMargin();
        };
    }
}
