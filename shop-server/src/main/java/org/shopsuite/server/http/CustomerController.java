package org.shopsuite.server.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shopsuite.model.CustomerInput;
import org.shopsuite.model.MergeInput;
import org.shopsuite.model.RepairRecord;
import org.shopsuite.model.TransferInput;
import org.shopsuite.model.VehicleInput;
import org.shopsuite.server.service.customer.CustomerService;
import org.shopsuite.server.service.vehicle.VehicleService;

/** Customers, vehicles, their histories and the repair-record report. */
final class CustomerController {
    private final CustomerService customers;
    private final VehicleService vehicles;
    private final Bodies bodies;
    private final Respond respond;

    CustomerController(CustomerService customers, VehicleService vehicles, Bodies bodies, Respond respond) {
        this.customers = customers;
        this.vehicles = vehicles;
        this.bodies = bodies;
        this.respond = respond;
    }

    void listCustomers(Context ctx) {
        Respond.json(
                ctx,
                customers.search(
                        Respond.actor(ctx), Params.text(ctx, "q"), Params.text(ctx, "cursor"), Params.limit(ctx)));
    }

    void createCustomer(Context ctx) {
        CustomerInput in = bodies.read(ctx, CustomerInput.class);
        respond.post(ctx, 201, customers.create(Respond.actor(ctx), in));
    }

    void getCustomer(Context ctx) {
        Respond.ok(ctx, customers.get(Respond.actor(ctx), Params.id(ctx, "id")));
    }

    void updateCustomer(Context ctx) {
        long id = Params.id(ctx, "id");
        long version = Params.ifMatch(ctx);
        CustomerInput base = customers.asInput(Respond.actor(ctx), id);
        CustomerInput in = bodies.merge(ctx, base, CustomerInput.class);
        respond.put(ctx, customers.update(Respond.actor(ctx), id, version, in));
    }

    void mergeCustomers(Context ctx) {
        long id = Params.id(ctx, "id");
        MergeInput in = bodies.read(ctx, MergeInput.class);
        respond.post(ctx, 200, customers.merge(Respond.actor(ctx), id, in));
    }

    void customerHistory(Context ctx) {
        Respond.json(
                ctx,
                vehicles.customerHistory(
                        Respond.actor(ctx), Params.id(ctx, "id"), Params.text(ctx, "cursor"), Params.limit(ctx)));
    }

    void listVehicles(Context ctx) {
        Respond.json(
                ctx,
                vehicles.search(
                        Params.text(ctx, "plate"),
                        Params.text(ctx, "vin"),
                        Params.text(ctx, "q"),
                        Params.text(ctx, "cursor"),
                        Params.limit(ctx)));
    }

    void createVehicle(Context ctx) {
        VehicleInput in = bodies.read(ctx, VehicleInput.class);
        respond.post(ctx, 201, vehicles.create(Respond.actor(ctx), in));
    }

    void getVehicle(Context ctx) {
        Respond.ok(ctx, vehicles.get(Respond.actor(ctx), Params.id(ctx, "id")));
    }

    void updateVehicle(Context ctx) {
        long id = Params.id(ctx, "id");
        long version = Params.ifMatch(ctx);
        VehicleInput base = vehicles.asInput(Respond.actor(ctx), id);
        VehicleInput in = bodies.merge(ctx, base, VehicleInput.class);
        respond.put(ctx, vehicles.update(Respond.actor(ctx), id, version, in));
    }

    void transferVehicle(Context ctx) {
        long id = Params.id(ctx, "id");
        TransferInput in = bodies.read(ctx, TransferInput.class);
        respond.post(ctx, 200, vehicles.transfer(Respond.actor(ctx), id, in));
    }

    void vehicleHistory(Context ctx) {
        Respond.json(
                ctx,
                vehicles.history(
                        Respond.actor(ctx), Params.id(ctx, "id"), Params.text(ctx, "cursor"), Params.limit(ctx)));
    }

    /** The repair records (자동차관리법 §58) of the visits finished in a range of days: JSON or CSV. */
    void repairRecords(Context ctx) {
        boolean csvWanted = Csv.wanted(ctx);
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        List<RepairRecord> rows = vehicles.repairRecords(from, to);
        if (!csvWanted) {
            Respond.json(ctx, java.util.Map.of("items", rows));
            return;
        }
        Csv csv = new Csv(
                "receiptId",
                "plate",
                "vin",
                "make",
                "model",
                "mileageKm",
                "customerName",
                "requestDate",
                "completedAt",
                "releasedAt",
                "mechanicName",
                "request",
                "workDone",
                "invoiceNumber",
                "total");
        for (RepairRecord r : rows) {
            csv.row(
                    r.receiptId(),
                    r.plate(),
                    r.vin(),
                    r.make(),
                    r.model(),
                    r.mileageKm(),
                    r.customerName(),
                    r.requestDate(),
                    instant(r.completedAt()),
                    instant(r.releasedAt()),
                    r.mechanicName(),
                    r.request(),
                    r.workDone(),
                    r.invoiceNumber(),
                    r.total());
        }
        csv.send(ctx, "repair-records.csv");
    }

    private static String instant(Instant at) {
        return at == null ? null : at.toString();
    }
}
