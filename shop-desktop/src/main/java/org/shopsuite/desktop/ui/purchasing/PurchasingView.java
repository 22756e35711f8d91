package org.shopsuite.desktop.ui.purchasing;

import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import org.shopsuite.model.Event;

/** The manager's purchasing screen: orders, suppliers and vendor returns, a tab each. */
public final class PurchasingView {
    private final OrdersViewModel orders;
    private final SuppliersViewModel suppliers;
    private final ReturnsViewModel returns;

    @FXML
    private Tab ordersTab;

    @FXML
    private Tab suppliersTab;

    @FXML
    private Tab returnsTab;

    public PurchasingView(OrdersViewModel orders, SuppliersViewModel suppliers, ReturnsViewModel returns) {
        this.orders = orders;
        this.suppliers = suppliers;
        this.returns = returns;
    }

    @FXML
    private void initialize() {
        ordersTab.setContent(new OrdersPane(orders).root());
        suppliersTab.setContent(new SuppliersPane(suppliers).root());
        returnsTab.setContent(new ReturnsPane(returns).root());
        orders.loadSuppliers();
        orders.refresh();
        suppliers.refresh();
        returns.refresh();
    }

    /** Live events for all three tabs. */
    public void onEvent(Event e) {
        orders.onEvent(e);
        suppliers.onEvent(e);
        returns.onEvent(e);
    }

    /** After an outage: everything again from the server. */
    public void reload() {
        orders.loadSuppliers();
        orders.refresh();
        suppliers.refresh();
        returns.refresh();
    }
}
