package org.shopsuite.desktop.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;

/** Small helpers for tables and choice boxes. */
public final class Cells {
    private Cells() {}

    public static <T> void text(TableColumn<T, String> col, Function<T, String> f) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(f.apply(c.getValue())));
    }

    /**
     * Text that wraps onto more lines when the column is narrower than it (a long part name at
     * 1280x720), instead of ending in an ellipsis.
     */
    public static <T> void wrapping(TableColumn<T, String> col, Function<T, String> f) {
        text(col, f);
        col.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text shown = new javafx.scene.text.Text();

            {
                // a Text wraps at the column's width and the row grows to fit it (a Labeled would not)
                shown.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                shown.getStyleClass().add("text");
                shown.fillProperty().bind(textFillProperty());
                setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                shown.setText(empty || s == null ? "" : s);
                setGraphic(empty ? null : shown);
            }
        });
    }

    public static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /**
     * A date picker that shows and reads dates as the lists do, in the user's language (Korean
     * "2026. 11. 27.", English "Nov 27, 2026"); an ISO date (2026-11-27) is read too.
     */
    public static void localDates(javafx.scene.control.DatePicker picker, Messages m) {
        java.time.format.DateTimeFormatter shown = java.time.format.DateTimeFormatter.ofLocalizedDate(
                        java.time.format.FormatStyle.MEDIUM)
                .withLocale(m.locale());
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate d) {
                return d == null ? "" : shown.format(d);
            }

            @Override
            public java.time.LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                try {
                    return java.time.LocalDate.parse(s.strip(), shown);
                } catch (java.time.format.DateTimeParseException e) {
                    return java.time.LocalDate.parse(s.strip());
                }
            }
        });
    }
}
