package org.shopsuite.server.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopsuite.server.support.Api.obj;

/** Builds the little shops tests need, through the API. */
public final class Shop {
    private Shop() {}

    public static Api admin(TestServer server) {
        Api api = server.api();
        assertThat(api.login("admin", TestServer.ADMIN_PASSWORD).status()).isEqualTo(200);
        return api;
    }

    public static long mechanic(Api manager, String name, String capacityHours) {
        Api.Res r = manager.post("/mechanics", obj("name", name, "dailyCapacityHours", capacityHours));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    public static long part(Api manager, String partId, String name, int stock, long price) {
        Api.Res r = manager.post(
                "/vehicleParts", obj("partId", partId, "partName", name, "stock", stock, "partPrice", price));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    public static Api user(Api manager, String username, String role, Long mechanicId) {
        Api.Res r = manager.post(
                "/users",
                mechanicId == null
                        ? obj("username", username, "password", "password-1", "role", role)
                        : obj("username", username, "password", "password-1", "role", role, "mechanicId", mechanicId));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return manager.as(username, "password-1");
    }

    /**
     * A manager at location 1 and at {@code other} ({@code boss.gn}), signed in at {@code other}
     * (issue 22).
     */
    public static Api managerAt(Api admin, long other) {
        Api.Res created = admin.post(
                "/users",
                obj(
                        "username",
                        "boss.gn",
                        "password",
                        "password-1",
                        "locations",
                        Api.JSON
                                .createArrayNode()
                                .add(obj("locationId", 1, "role", "MANAGER"))
                                .add(obj("locationId", other, "role", "MANAGER"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Res login =
                admin.post("/auth/login", obj("username", "boss.gn", "password", "password-1", "locationId", other));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return admin.withToken(login.json().path("token").asText());
    }

    /** A receipt of one hour for the mechanic, its job started; the job's id. */
    public static long startedJob(Api api, long mechanicId) {
        Api.Res receipt = receipt(api, mechanicId, "1");
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(201);
        long job = receipt.json().path("jobId").asLong();
        assertThat(api.post("/jobs/" + job + "/start", null).status()).isEqualTo(200);
        return job;
    }

    public static Api.Res receipt(Api counter, long mechanicId, String hours) {
        return counter.post(
                "/receipts",
                obj(
                        "customerName", "홍길동",
                        "customerPhone", "010-1234-5678",
                        "carId", "12가 3456",
                        "mechanicId", mechanicId,
                        "estimatedHours", hours,
                        "request", "엔진오일 교환"));
    }
}
