package org.shopsuite.desktop.ui.manage;

import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.Location;

/** The chain's locations: the list on the left, the selected (or new) one's details on the right. */
final class LocationsDialog {
    private LocationsDialog() {}

    static Dialog<Void> open(Window owner, LocationsViewModel vm, Messages m) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("locations.title"));
        DialogPane pane = d.getDialogPane();
        pane.setId("locations-dialog");
        pane.setPrefWidth(860);
        pane.setMinWidth(Region.USE_PREF_SIZE);
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        ButtonType close = new ButtonType(m.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        pane.lookupButton(close).setId("locations-close");
        d.setResultConverter(b -> null);

        ListView<Location> list = new ListView<>(vm.locations());
        list.setId("locations-list");
        list.setPrefSize(300, 300);
        list.setMinWidth(260);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Location loc, boolean empty) {
                super.updateItem(loc, empty);
                setText(null);
                if (empty || loc == null) {
                    setGraphic(null);
                    return;
                }
                // the name within the list's width (in full in its tooltip and the form); prefix and zone under it
                Label name = new Label(loc.name());
                name.setWrapText(true);
                Label detail = new Label(m.get("locations.item", loc.invoicePrefix(), loc.timezone()));
                detail.getStyleClass().add("text-muted");
                VBox box = new VBox(2, name, detail);
                box.prefWidthProperty().bind(l.widthProperty().subtract(30));
                box.maxWidthProperty().bind(l.widthProperty().subtract(30));
                setGraphic(box);
                setTooltip(new javafx.scene.control.Tooltip(loc.name()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                list.getSelectionModel().clearSelection();
            } else if (!b.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(b);
            }
        });
        Button add = new Button(m.get("locations.new"));
        add.setId("locations-new");
        add.setMnemonicParsing(true);
        add.setGraphic(new FontIcon("mdi2p-plus"));
        add.setOnAction(e -> vm.startNew());

        Label heading = new Label();
        heading.setId("locations-heading");
        heading.getStyleClass().add("title-4");
        heading.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> vm.selectedProperty().get() == null
                                ? m.get("locations.newHeading")
                                : vm.selectedProperty().get().id() == 1
                                        ? m.get("locations.firstHeading")
                                        : m.get("locations.editHeading"),
                        vm.selectedProperty()));
        GridPane form = DialogForms.grid();
        Map<String, Label> errors = new java.util.HashMap<>();
        TextField name = field(form, errors, 0, "locations-name", "name", m.get("locations.name"), vm.nameProperty());
        field(form, errors, 1, "locations-address", "address", m.get("locations.address"), vm.addressProperty());
        field(form, errors, 2, "locations-phone", "phone", m.get("locations.phone"), vm.phoneProperty());
        field(
                form,
                errors,
                3,
                "locations-registration-number",
                "businessRegistrationNumber",
                m.get("locations.registrationNumber"),
                vm.registrationNumberProperty());
        field(
                form,
                errors,
                4,
                "locations-prefix",
                "invoicePrefix",
                m.get("locations.invoicePrefix"),
                vm.invoicePrefixProperty());
        field(form, errors, 5, "locations-timezone", "timezone", m.get("locations.timezone"), vm.timezoneProperty());
        ErrorLabels.bind(vm.fieldErrors(), errors);
        Button save = new Button(m.get("common.save"));
        save.setId("locations-save");
        save.getStyleClass().add("accent");
        save.setGraphic(new FontIcon("mdi2c-content-save"));
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        Label explain = new Label(m.get("locations.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");
        explain.setMinHeight(Region.USE_PREF_SIZE);
        VBox right = new VBox(8, heading, form, new HBox(8, save), explain);
        HBox.setHgrow(right, Priority.ALWAYS);
        Label message = new Label();
        message.setId("locations-message");
        message.getStyleClass().add("job-message");
        message.textProperty().bind(vm.messageProperty());
        Label error = DialogForms.error("locations-error");
        error.textProperty().bind(vm.errorProperty());
        VBox left = new VBox(8, add, list);
        VBox content = new VBox(10, new HBox(14, left, right), message, error);
        content.setPadding(new Insets(12, 14, 0, 14));
        pane.setContent(content);
        d.setOnShown(x -> name.requestFocus());
        vm.load();
        return d;
    }

    /** A labelled field bound to {@code value}, its error line under it; Enter saves nothing by itself. */
    private static TextField field(
            GridPane form,
            Map<String, Label> errors,
            int row,
            String id,
            String apiField,
            String label,
            javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        Label error = DialogForms.error(id + "-error");
        errors.put(apiField, error);
        Label l = DialogForms.label(label, f);
        // beside its field, not beside the field and its error line together
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        l.setPadding(new Insets(6, 0, 0, 0));
        form.add(l, 0, row);
        form.add(new VBox(2, f, error), 1, row);
        return f;
    }
}
