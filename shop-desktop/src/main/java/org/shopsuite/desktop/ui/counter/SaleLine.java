package org.shopsuite.desktop.ui.counter;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.shopsuite.model.VehiclePart;

/**
 * A line of the sale being rung up: the part (as the catalogue last showed it: its price and what
 * is available) and how many.
 */
public final class SaleLine {
    private final ObjectProperty<VehiclePart> part;
    private final IntegerProperty quantity = new SimpleIntegerProperty(1);

    SaleLine(VehiclePart part) {
        this.part = new SimpleObjectProperty<>(part);
    }

    public VehiclePart part() {
        return part.get();
    }

    /** The part as last read from the catalogue (a refusal reads it again). */
    public ObjectProperty<VehiclePart> partProperty() {
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
        return Math.multiplyExact(part().partPrice(), (long) quantity.get());
    }
}
