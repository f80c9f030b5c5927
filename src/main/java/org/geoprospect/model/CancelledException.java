package org.geoprospect.model;

/** Thrown by long work that stopped because the user cancelled it; its effects have been undone. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled by the user");
    }
}
