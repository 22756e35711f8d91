package org.shopsuite.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.StatusPageRow;
import org.testfx.api.FxToolkit;

/** The status board says where a visit's comeback stands, and follows it live (issue 20). */
class BoardComebackTest {
    @TempDir
    Path dir;

    ServerFixture server;

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        server = new ServerFixture(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        server.close();
    }

    @Test
    void aVisitsComebackIsShownOnItsRowAndFollowedLive() throws Exception {
        FxDriver d = FxDriver.open(server.url());
        d.login("counter", ServerFixture.PASSWORD);
        d.selectTab("tab-board");
        TableView<StatusPageRow> board = d.node("#board-table");
        @SuppressWarnings("unchecked")
        TableColumn<StatusPageRow, String> comeback = (TableColumn<StatusPageRow, String>) board.getColumns().stream()
                .filter(c -> "comebackCol".equals(c.getId()))
                .findFirst()
                .orElseThrow();
        // the demo: 송혜교's A/C came back today, registered and waiting for the manager
        d.await(() -> "Comeback registered".equals(cell(board, comeback, "송혜교")));
        long receipt = d.fx(() -> board.getItems().stream()
                .filter(r -> r.customerName().equals("송혜교"))
                .findFirst()
                .orElseThrow()
                .receiptId());

        // the customer cancels it at the counter (another client): the row follows at once
        ShopClient other = new ShopClient(server.url());
        other.login("counter", ServerFixture.PASSWORD);
        HttpClient http = HttpClient.newHttpClient();
        String claims = http.send(
                        HttpRequest.newBuilder(URI.create(server.url() + "/warrantyClaims?status=REGISTERED"))
                                .header("Authorization", "Bearer " + other.token())
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var items = org.shopsuite.model.Json.newMapper().readTree(claims).path("items");
        long claim = -1;
        for (var c : items) {
            if (c.path("originalReceiptId").asLong() == receipt) {
                claim = c.path("id").asLong();
            }
        }
        assertThat(claim).as(claims).isPositive();
        HttpResponse<String> cancelled = http.send(
                HttpRequest.newBuilder(URI.create(server.url() + "/warrantyClaims/" + claim + "/cancel"))
                        .header("Authorization", "Bearer " + other.token())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"고객 취소\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        d.await(() -> "Comeback cancelled".equals(cell(board, comeback, "송혜교")));
    }

    private static String cell(TableView<StatusPageRow> board, TableColumn<StatusPageRow, String> col, String name) {
        return board.getItems().stream()
                .filter(r -> r.customerName().equals(name))
                .findFirst()
                .map(col::getCellData)
                .orElse(null);
    }
}
