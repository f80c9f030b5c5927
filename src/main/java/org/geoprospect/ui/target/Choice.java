package org.geoprospect.ui.target;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One tickable value of a criterion (an interest, an age band, an income band): the code the criteria
 * use, the label the analyst reads, and whether it is ticked. FX-thread confined.
 */
public final class Choice {
    private final String code;
    private final String label;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");

    public Choice(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    @Override
    public String toString() {
        return label;
    }
}
