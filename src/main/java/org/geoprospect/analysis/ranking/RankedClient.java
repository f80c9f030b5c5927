package org.geoprospect.analysis.ranking;

import org.geoprospect.model.Client;

/**
 * A client's place in the ranking and why it is there.
 *
 * @param rank   1-based position in the list
 * @param reason {@link Reason#TOP_OF_SECTOR}, {@link Reason#MOTIVATED} or {@link Reason#FILL}
 */
public record RankedClient(int rank, Client client, Reason reason) {
    /** Which step of the method put the client in the list. */
    public enum Reason {
        /** Among the top clients (by margin) of a profitable sector. */
        TOP_OF_SECTOR,
        /** A motivated client of a profitable sector, beyond its top. */
        MOTIVATED,
        /** Added by margin to grow the list to its size. */
        FILL
    }
}
