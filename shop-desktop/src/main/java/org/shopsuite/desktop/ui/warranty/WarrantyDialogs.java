package org.shopsuite.desktop.ui.warranty;

import static org.shopsuite.desktop.ui.DialogForms.error;
import static org.shopsuite.desktop.ui.DialogForms.grid;
import static org.shopsuite.desktop.ui.DialogForms.label;

import java.util.Map;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.shopsuite.desktop.ui.Cells;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.ErrorLabels;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.model.Coverage;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.Supplier;
import org.shopsuite.model.WarrantyClaim;
import org.shopsuite.model.WarrantyReasonCode;

/** The comebacks' dialogs: registering one at the counter, assigning, overriding the coverage, cancelling. */
public final class WarrantyDialogs {
    private WarrantyDialogs() {}

    // ---- register (the counter, from a car's history) ----------------------------------------------

    /** "Comeback…": {@code done} gets the claim once the server registered it (the dialog closes). */
    public static Dialog<Void> register(
            Window owner, RegisterComebackViewModel vm, Messages m, Consumer<WarrantyClaim> done) {
        TextField complaint = new TextField();
        complaint.setId("comeback-complaint");
        complaint.setPrefColumnCount(32);
        complaint.textProperty().bindBidirectional(vm.complaintProperty());
        TextField mileage = new TextField();
        mileage.setId("comeback-mileage");
        mileage.setPrefColumnCount(9);
        mileage.textProperty().bindBidirectional(vm.mileageProperty());
        Label complaintError = error("comeback-complaint-error");
        Label mileageError = error("comeback-mileage-error");
        Label general = error("comeback-error");
        general.textProperty().bind(vm.errorProperty());
        ErrorLabels.bind(vm.fieldErrors(), Map.of("complaint", complaintError, "mileageKm", mileageError));
        Label note = new Label(m.get("comeback.note"));
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        GridPane g = grid();
        g.add(label(m.get("comeback.complaint"), complaint), 0, 0);
        g.add(complaint, 1, 0);
        g.add(complaintError, 1, 1);
        g.add(label(m.get("comeback.mileage"), mileage), 0, 2);
        HBox odometer = new HBox(8, mileage, new Label("km"));
        odometer.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        g.add(odometer, 1, 2);
        g.add(mileageError, 1, 3);
        g.add(note, 0, 4, 2, 1);
        g.add(general, 0, 5, 2, 1);
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "comeback-dialog",
                m.get("comeback.title"),
                vm.header(),
                g,
                m.get("comeback.submit"),
                vm.busyProperty(),
                close -> vm.submit(c -> {
                    close.run();
                    done.accept(c);
                }),
                m);
        d.setOnShown(e -> complaint.requestFocus());
        return d;
    }

    // ---- assign (the manager) ------------------------------------------------------------------------

    /** "Assign…": {@code stored} gets the claim after every answer (a refusal keeps the dialog open). */
    public static Dialog<Void> assign(Window owner, AssignViewModel vm, Messages m, Consumer<WarrantyClaim> stored) {
        ToggleGroup who = new ToggleGroup();
        RadioButton toMechanic = new RadioButton(m.get("warranty.assign.toMechanic"));
        toMechanic.setId("assign-to-mechanic");
        toMechanic.setMnemonicParsing(true);
        toMechanic.setToggleGroup(who);
        toMechanic.setUserData(AssignViewModel.Target.MECHANIC);
        RadioButton toContractor = new RadioButton(m.get("warranty.assign.toContractor"));
        toContractor.setId("assign-to-contractor");
        toContractor.setMnemonicParsing(true);
        toContractor.setToggleGroup(who);
        toContractor.setUserData(AssignViewModel.Target.CONTRACTOR);
        (vm.targetProperty().get() == AssignViewModel.Target.CONTRACTOR ? toContractor : toMechanic).setSelected(true);
        who.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.targetProperty().set((AssignViewModel.Target) b.getUserData());
            }
        });

        ComboBox<Mechanic> mechanic = new ComboBox<>(vm.mechanics());
        mechanic.setId("assign-mechanic");
        mechanic.setConverter(Cells.converter(x -> x == null ? "" : x.name()));
        mechanic.valueProperty().bindBidirectional(vm.mechanicProperty());
        mechanic.setMaxWidth(Double.MAX_VALUE);
        DatePicker date = new DatePicker();
        date.setId("assign-date");
        Cells.localDates(date, m);
        date.valueProperty().bindBidirectional(vm.dateProperty());
        TextField hours = new TextField();
        hours.setId("assign-hours");
        hours.setPrefColumnCount(5);
        hours.textProperty().bindBidirectional(vm.hoursProperty());

        ComboBox<Supplier> supplier = new ComboBox<>(vm.suppliers());
        supplier.setId("assign-supplier");
        supplier.setConverter(Cells.converter(x -> x == null ? "" : x.name()));
        supplier.valueProperty().bindBidirectional(vm.supplierProperty());
        supplier.setMaxWidth(Double.MAX_VALUE);
        TextField price = new TextField();
        price.setId("assign-price");
        price.setPrefColumnCount(10);
        price.setPromptText(m.get("warranty.assign.price.prompt"));
        price.textProperty().bindBidirectional(vm.priceProperty());

        ComboBox<WarrantyReasonCode> reason = new ComboBox<>();
        reason.setId("assign-reason");
        reason.getItems().setAll(WarrantyReasonCode.values());
        reason.setConverter(Cells.converter(x -> x == null ? "" : m.get("warranty.reasonCode." + x.name())));
        reason.valueProperty().bindBidirectional(vm.reasonCodeProperty());
        reason.setMaxWidth(Double.MAX_VALUE);

        Label mechanicError = error("assign-mechanic-error");
        Label dateError = error("assign-date-error");
        Label hoursError = error("assign-hours-error");
        Label supplierError = error("assign-supplier-error");
        Label priceError = error("assign-price-error");
        Label reasonError = error("assign-reason-error");
        Label general = error("assign-error");
        general.textProperty().bind(vm.errorProperty());
        ErrorLabels.bind(
                vm.fieldErrors(),
                Map.of(
                        "mechanicId", mechanicError,
                        "date", dateError,
                        "estimatedHours", hoursError,
                        "supplierId", supplierError,
                        "price", priceError,
                        "reasonCode", reasonError));
        for (Label e : new Label[] {mechanicError, dateError, hoursError, supplierError, priceError, reasonError}) {
            e.managedProperty().bind(e.textProperty().isNotEmpty());
            e.visibleProperty().bind(e.textProperty().isNotEmpty());
        }

        // One grid, so every label lines up; the rows of the target not chosen are taken out.
        GridPane g = grid();
        int r = 0;
        g.add(new HBox(16, toMechanic, toContractor), 0, r++, 2, 1);
        Label mechanicLabel = label(m.get("warranty.assign.mechanic"), mechanic);
        Label dateLabel = label(m.get("warranty.assign.date"), date);
        Label hoursLabel = label(m.get("warranty.assign.hours"), hours);
        Label supplierLabel = label(m.get("warranty.assign.supplier"), supplier);
        Label priceLabel = label(m.get("warranty.assign.price"), price);
        g.add(mechanicLabel, 0, r);
        g.add(mechanic, 1, r++);
        g.add(mechanicError, 1, r++);
        g.add(dateLabel, 0, r);
        g.add(date, 1, r++);
        g.add(dateError, 1, r++);
        g.add(hoursLabel, 0, r);
        g.add(hours, 1, r++);
        g.add(hoursError, 1, r++);
        g.add(supplierLabel, 0, r);
        g.add(supplier, 1, r++);
        g.add(supplierError, 1, r++);
        g.add(priceLabel, 0, r);
        g.add(price, 1, r++);
        g.add(priceError, 1, r++);
        g.add(label(m.get("warranty.assign.reason"), reason), 0, r);
        g.add(reason, 1, r++);
        g.add(reasonError, 1, r++);
        g.add(general, 0, r, 2, 1);
        javafx.scene.Node[] inHouse = {mechanicLabel, mechanic, dateLabel, date, hoursLabel, hours};
        javafx.scene.Node[] outside = {supplierLabel, supplier, priceLabel, price};
        Runnable showTarget = () -> {
            boolean contractor = vm.targetProperty().get() == AssignViewModel.Target.CONTRACTOR;
            for (javafx.scene.Node n : inHouse) {
                n.setVisible(!contractor);
                n.setManaged(!contractor);
            }
            for (javafx.scene.Node n : outside) {
                n.setVisible(contractor);
                n.setManaged(contractor);
            }
        };
        vm.targetProperty().addListener((o, a, b) -> showTarget.run());
        showTarget.run();
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "assign-dialog",
                m.get("warranty.assign.title"),
                vm.header(),
                g,
                m.get("warranty.assign.submit"),
                vm.busyProperty(),
                close -> vm.submit(stored, close),
                m);
        d.getDialogPane().setPrefWidth(600);
        d.setOnShown(e -> toMechanic.requestFocus());
        vm.load();
        return d;
    }

    // ---- override coverage (the manager) -----------------------------------------------------------

    public static Dialog<Void> coverage(Window owner, CoverageViewModel vm, Messages m, Consumer<WarrantyClaim> done) {
        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox(16);
        for (Coverage c : Coverage.values()) {
            RadioButton b = new RadioButton(vm.text().coverage(c));
            b.setId("coverage-" + c.name());
            b.setToggleGroup(group);
            b.setUserData(c);
            b.setSelected(c == vm.coverageProperty().get());
            choices.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.coverageProperty().set((Coverage) b.getUserData());
            }
        });
        TextField reason = new TextField();
        reason.setId("coverage-reason");
        reason.setPrefColumnCount(32);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        Label coverageError = error("coverage-error-coverage");
        Label reasonError = error("coverage-reason-error");
        Label general = error("coverage-error");
        general.textProperty().bind(vm.errorProperty());
        ErrorLabels.bind(vm.fieldErrors(), Map.of("coverage", coverageError, "reason", reasonError));
        GridPane g = grid();
        Label coverageLabel = new Label(m.get("warranty.coverage.to"));
        g.add(coverageLabel, 0, 0);
        g.add(choices, 1, 0);
        g.add(coverageError, 1, 1);
        g.add(label(m.get("warranty.coverage.reason"), reason), 0, 2);
        g.add(reason, 1, 2);
        g.add(reasonError, 1, 3);
        g.add(general, 0, 4, 2, 1);
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "coverage-dialog",
                m.get("warranty.coverage.title"),
                vm.header(),
                g,
                m.get("warranty.coverage.submit"),
                vm.busyProperty(),
                close -> vm.submit(c -> {
                    close.run();
                    done.accept(c);
                }),
                m);
        d.getDialogPane().setPrefWidth(640);
        d.setOnShown(e -> reason.requestFocus());
        return d;
    }

    // ---- cancel --------------------------------------------------------------------------------------

    /** Destructive: Enter does not cancel the claim; its button (or mnemonic) does. */
    public static Dialog<Void> cancel(Window owner, CancelClaimViewModel vm, Messages m, Consumer<WarrantyClaim> done) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("warranty.cancel.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("cancel-claim-dialog");
        pane.setHeaderText(vm.header());
        pane.setPrefWidth(600);
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setResultConverter(b -> null);
        TextField reason = new TextField();
        reason.setId("cancel-claim-reason");
        reason.setPrefColumnCount(32);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        Label reasonError = error("cancel-claim-reason-error");
        Label general = error("cancel-claim-error");
        general.textProperty().bind(vm.errorProperty());
        ErrorLabels.bind(vm.fieldErrors(), Map.of("reason", reasonError));
        GridPane g = grid();
        g.add(label(m.get("warranty.cancel.reason"), reason), 0, 0);
        g.add(reason, 1, 0);
        g.add(reasonError, 1, 1);
        g.add(general, 0, 2, 2, 1);
        pane.setContent(g);
        ButtonType go = new ButtonType(m.get("warranty.cancel.yes"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(m.get("warranty.cancel.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(go, keep);
        pane.lookupButton(keep).setId("cancel-claim-dialog-cancel");
        Button ok = (Button) pane.lookupButton(go);
        ok.setId("cancel-claim-submit");
        ok.getStyleClass().add("danger");
        ok.disableProperty().bind(vm.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.submit(c -> {
                dialog.setResult(null);
                dialog.close();
                done.accept(c);
            });
        });
        dialog.setOnShown(e -> reason.requestFocus());
        return dialog;
    }
}
