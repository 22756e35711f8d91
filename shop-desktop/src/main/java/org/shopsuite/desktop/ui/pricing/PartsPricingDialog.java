package org.shopsuite.desktop.ui.pricing;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shopsuite.desktop.ui.DialogForms;
import org.shopsuite.desktop.ui.Messages;

/**
 * The parts pricing dialog: one row a band ("from ₩X up to [ ] at [ ] %"), a band's lower bound
 * following the row above; Add band / Remove on each row; Save (Enter) sends them all.
 */
public final class PartsPricingDialog {
    private PartsPricingDialog() {}

    public static Dialog<Void> open(Window owner, PartsPricingViewModel vm, Messages m) {
        GridPane rows = new GridPane();
        rows.setHgap(10);
        rows.setVgap(4);
        rows.setId("pricing-bands");
        Label explain = new Label(m.get("pricing.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");
        explain.setPrefWidth(600);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        Button add = new Button(m.get("pricing.addBand"));
        add.setId("pricing-add");
        add.setMnemonicParsing(true);
        add.setGraphic(new FontIcon("mdi2p-plus"));
        add.setOnAction(e -> {
            vm.addBand();
            focusLast(rows, "pricing-to-");
        });
        Label error = DialogForms.error("pricing-error");
        error.textProperty().bind(vm.errorProperty());
        VBox content = new VBox(10, explain, rows, add, error);
        content.setPrefWidth(620);
        Runnable rebuild = () -> {
            build(rows, vm, m);
            // the window grows with its bands (they arrive after it opens)
            if (rows.getScene() != null && rows.getScene().getWindow() != null) {
                rows.getScene().getWindow().sizeToScene();
            }
        };
        vm.bands().addListener((ListChangeListener<PartsPricingViewModel.Band>) c -> rebuild.run());
        vm.fieldErrors().addListener((javafx.collections.MapChangeListener<String, String>) c -> rebuild.run());
        Dialog<Void> d = DialogForms.dialog(
                owner,
                "pricing-dialog",
                m.get("pricing.title"),
                m.get("pricing.header"),
                content,
                m.get("common.save"),
                vm.busyProperty(),
                vm::save,
                m);
        d.setResizable(true);
        vm.load();
        return d;
    }

    private static void build(GridPane rows, PartsPricingViewModel vm, Messages m) {
        javafx.scene.Node focused =
                rows.getScene() == null ? null : rows.getScene().getFocusOwner();
        String focusedId = focused == null ? null : focused.getId();
        rows.getChildren().clear();
        rows.add(header(m.get("pricing.col.from")), 0, 0);
        rows.add(header(m.get("pricing.col.to")), 1, 0);
        rows.add(header(m.get("pricing.col.percent")), 2, 0);
        int r = 1;
        for (int i = 0; i < vm.bands().size(); i++) {
            PartsPricingViewModel.Band b = vm.bands().get(i);
            boolean last = i == vm.bands().size() - 1;
            Label from = new Label(vm.fromText(i));
            from.setId("pricing-from-" + i);
            from.setMinWidth(Region.USE_PREF_SIZE);
            TextField to = new TextField();
            to.setId("pricing-to-" + i);
            to.setPrefColumnCount(10);
            to.textProperty().bindBidirectional(b.toCostProperty());
            to.setPromptText(last ? m.get("pricing.open") : "");
            int following = i + 1;
            to.textProperty().addListener((o, x, y) -> {
                if (following < vm.bands().size()) {
                    Label next = (Label) rows.lookup("#pricing-from-" + following);
                    if (next != null) {
                        next.setText(vm.fromText(following));
                    }
                }
            });
            TextField percent = new TextField();
            percent.setId("pricing-percent-" + i);
            percent.setPrefColumnCount(6);
            percent.textProperty().bindBidirectional(b.percentProperty());
            Button remove = new Button();
            remove.setId("pricing-remove-" + i);
            remove.setGraphic(new FontIcon("mdi2d-delete-outline"));
            remove.setAccessibleText(m.get("pricing.remove"));
            remove.setTooltip(new javafx.scene.control.Tooltip(m.get("pricing.remove")));
            int index = i;
            remove.setOnAction(e -> vm.removeBand(index));
            remove.setDisable(vm.bands().size() == 1);
            HBox pct = new HBox(4, percent, new Label("%"));
            pct.setAlignment(Pos.CENTER_LEFT);
            rows.add(from, 0, r);
            rows.add(to, 1, r);
            rows.add(pct, 2, r);
            rows.add(remove, 3, r);
            r++;
            String toError = vm.fieldErrors().get("bands[" + i + "].toCost");
            String fromError = vm.fieldErrors().get("bands[" + i + "].fromCost");
            String pctError = vm.fieldErrors().get("bands[" + i + "].multiplierPercent");
            if (toError != null || fromError != null || pctError != null) {
                Label e1 = DialogForms.error("pricing-to-error-" + i);
                e1.setText(toError != null ? toError : fromError != null ? fromError : "");
                Label e2 = DialogForms.error("pricing-percent-error-" + i);
                e2.setText(pctError == null ? "" : pctError);
                rows.add(e1, 1, r);
                rows.add(e2, 2, r);
                r++;
            }
        }
        if (focusedId != null && rows.lookup("#" + focusedId) != null) {
            rows.lookup("#" + focusedId).requestFocus();
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static void focusLast(GridPane rows, String prefix) {
        javafx.application.Platform.runLater(() -> {
            javafx.scene.Node last = null;
            for (javafx.scene.Node n : rows.getChildren()) {
                if (n.getId() != null && n.getId().startsWith(prefix)) {
                    last = n;
                }
            }
            if (last != null) {
                last.requestFocus();
            }
        });
    }
}
