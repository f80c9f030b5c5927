package org.geoprospect.ui.target;

/**
 * A code shown in a combo box with a readable label (a competitor "K3 — Grand Air Exemple Cholet", a
 * sector, a channel). A null code means "none / any". Immutable.
 */
public record CodeLabel(String code, String label) {
    @Override
    public String toString() {
        return label;
    }
}
