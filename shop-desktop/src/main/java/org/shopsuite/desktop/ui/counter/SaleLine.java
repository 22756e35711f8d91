package org.shopsuite.desktop.ui.counter;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.shopsuite.model.VehiclePart;

/** A line of the sale being rung up: the part (as the catalogue showed it) and how many. */
public final class SaleLine {
    private final VehiclePart part;
    private final IntegerProperty quantity = new SimpleIntegerProperty(1);

    SaleLine(VehiclePart part) {
        this.part = part;
    }

    public VehiclePart part() {
        return part;
    }

    public IntegerProperty quantityProperty() {
        return quantity;
    }

    public int quantity() {
        return quantity.get();
    }

    /** The line's amount at the part's price. */
    public long amount() {
        return Math.multiplyExact(part.partPrice(), (long) quantity.get());
    }
}
