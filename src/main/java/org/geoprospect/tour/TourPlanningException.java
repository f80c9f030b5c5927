package org.geoprospect.tour;

/** A tour that cannot be planned as asked; the message is one sentence for the user. */
public final class TourPlanningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TourPlanningException(String message) {
        super(message);
    }
}
