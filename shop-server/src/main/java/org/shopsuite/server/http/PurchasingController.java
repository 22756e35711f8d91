package org.shopsuite.server.http;

import io.javalin.http.Context;
import org.shopsuite.model.BackorderInput;
import org.shopsuite.model.DeliveryInput;
import org.shopsuite.model.PurchaseOrderInput;
import org.shopsuite.model.PurchaseOrderStatus;
import org.shopsuite.model.ReasonInput;
import org.shopsuite.model.SupplierInput;
import org.shopsuite.server.service.purchase.PurchasingService;

/** Suppliers and purchase orders with their deliveries. */
final class PurchasingController {
    private final PurchasingService purchasing;
    private final org.shopsuite.server.service.shop.ShopService shop;
    private final Bodies bodies;
    private final Respond respond;

    PurchasingController(
            PurchasingService purchasing,
            org.shopsuite.server.service.shop.ShopService shop,
            Bodies bodies,
            Respond respond) {
        this.purchasing = purchasing;
        this.shop = shop;
        this.bodies = bodies;
        this.respond = respond;
    }

    void listSuppliers(Context ctx) {
        Respond.json(
                ctx, purchasing.suppliers(Params.bool(ctx, "active"), Params.text(ctx, "cursor"), Params.limit(ctx)));
    }

    void createSupplier(Context ctx) {
        respond.post(ctx, 201, purchasing.createSupplier(Respond.actor(ctx), bodies.read(ctx, SupplierInput.class)));
    }

    void getSupplier(Context ctx) {
        Respond.ok(ctx, purchasing.supplier(Params.id(ctx, "id")));
    }

    void updateSupplier(Context ctx) {
        long id = Params.id(ctx, "id");
        long version = Params.ifMatch(ctx);
        SupplierInput in = bodies.merge(ctx, purchasing.supplierAsInput(id), SupplierInput.class);
        respond.put(ctx, purchasing.updateSupplier(Respond.actor(ctx), id, version, in));
    }

    void listOrders(Context ctx) {
        Respond.json(
                ctx,
                purchasing.orders(
                        Params.enumValue(ctx, "status", PurchaseOrderStatus.class),
                        Params.longValue(ctx, "supplierId"),
                        Params.text(ctx, "cursor"),
                        Params.limit(ctx)));
    }

    void createOrder(Context ctx) {
        respond.post(ctx, 201, purchasing.createOrder(Respond.actor(ctx), bodies.read(ctx, PurchaseOrderInput.class)));
    }

    void getOrder(Context ctx) {
        Respond.ok(ctx, purchasing.order(Params.id(ctx, "id")));
    }

    void updateOrder(Context ctx) {
        long id = Params.id(ctx, "id");
        long version = Params.ifMatch(ctx);
        PurchaseOrderInput in = bodies.merge(ctx, purchasing.orderAsInput(id), PurchaseOrderInput.class);
        respond.put(ctx, purchasing.updateOrder(Respond.actor(ctx), id, version, in));
    }

    void placeOrder(Context ctx) {
        respond.post(ctx, 200, purchasing.place(Respond.actor(ctx), Params.id(ctx, "id")));
    }

    void receive(Context ctx) {
        long id = Params.id(ctx, "id");
        respond.post(ctx, 201, purchasing.receive(Respond.actor(ctx), id, bodies.read(ctx, DeliveryInput.class)));
    }

    void closeOrder(Context ctx) {
        respond.post(ctx, 200, purchasing.close(Respond.actor(ctx), Params.id(ctx, "id")));
    }

    void backorder(Context ctx) {
        long id = Params.id(ctx, "id");
        BackorderInput in = bodies.readOptional(ctx, BackorderInput.class);
        respond.post(ctx, 200, purchasing.backorder(Respond.actor(ctx), id, in));
    }

    void listReturns(Context ctx) {
        Respond.json(
                ctx,
                purchasing.vendorReturns(
                        Params.enumValue(ctx, "status", org.shopsuite.model.VendorReturnStatus.class),
                        Params.longValue(ctx, "supplierId"),
                        Params.text(ctx, "cursor"),
                        Params.limit(ctx)));
    }

    void createReturn(Context ctx) {
        respond.post(
                ctx,
                201,
                purchasing.createReturn(
                        Respond.actor(ctx), bodies.read(ctx, org.shopsuite.model.VendorReturnInput.class)));
    }

    void getReturn(Context ctx) {
        Respond.ok(ctx, purchasing.vendorReturn(Params.id(ctx, "id")));
    }

    void credit(Context ctx) {
        long id = Params.id(ctx, "id");
        respond.post(
                ctx,
                201,
                purchasing.credit(Respond.actor(ctx), id, bodies.read(ctx, org.shopsuite.model.CreditInput.class)));
    }

    void reconciliation(Context ctx) {
        boolean csv = Csv.wanted(ctx);
        var rows =
                purchasing.reconciliation(Params.date(ctx, "from"), Params.date(ctx, "to"), shop.zone(), shop.today());
        if (!csv) {
            Respond.json(ctx, java.util.Map.of("items", rows));
            return;
        }
        Csv out = new Csv(
                "vehiclePartId",
                "partId",
                "partName",
                "received",
                "issuedToJobs",
                "returnedFromJobs",
                "billed",
                "soldOverCounter",
                "saleReturns",
                "returnedToVendor",
                "adjusted",
                "counted",
                "onHand",
                "issuedNotBilled",
                "receivedWithoutVendorInvoice",
                "creditOutstanding");
        for (var r : rows) {
            out.row(
                    r.vehiclePartId(),
                    r.partId(),
                    r.partName(),
                    r.received(),
                    r.issuedToJobs(),
                    r.returnedFromJobs(),
                    r.billed(),
                    r.soldOverCounter(),
                    r.saleReturns(),
                    r.returnedToVendor(),
                    r.adjusted(),
                    r.counted(),
                    r.onHand(),
                    r.issuedNotBilled(),
                    r.receivedWithoutVendorInvoice(),
                    r.creditOutstanding());
        }
        out.send(ctx, "parts-reconciliation.csv");
    }

    void cancelOrder(Context ctx) {
        long id = Params.id(ctx, "id");
        ReasonInput in = bodies.read(ctx, ReasonInput.class);
        respond.post(ctx, 200, purchasing.cancel(Respond.actor(ctx), id, in.reason()));
    }
}
