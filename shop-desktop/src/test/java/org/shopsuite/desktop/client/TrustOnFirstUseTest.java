package org.shopsuite.desktop.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopsuite.desktop.ServerFixture;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.desktop.ui.login.LoginViewModel;

/** HTTPS with the shop's own certificate: shown, accepted once, pinned; a changed one is flagged. */
class TrustOnFirstUseTest {
    @TempDir
    Path dir;

    @Test
    void theShopsCertificateIsTrustedOnFirstUseAndAChangeIsCaught() throws Exception {
        Path first = ServerFixture.keystore(dir, "first");
        Map<String, String> tls = Map.of("SHOP_TLS_KEYSTORE", first.toString(), "SHOP_TLS_PASSWORD", "tls-test-pw");
        try (ServerFixture server = new ServerFixture(dir.resolve("data"), tls)) {
            assertThat(server.url()).startsWith("https://");
            // plain HTTP on the TLS port gets nowhere
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(
                                                    URI.create(server.url().replace("https", "http") + "/health"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(java.io.IOException.class);

            Preferences prefs = Preferences.userRoot().node("shop-suite-test-tls-" + System.nanoTime());
            try {
                List<UntrustedCertificate> asked = new ArrayList<>();
                LoginViewModel vm = login(server, prefs, c -> {
                    asked.add(c);
                    return true;
                });
                assertThat(asked).hasSize(1);
                assertThat(asked.get(0).changed()).isFalse();
                assertThat(asked.get(0).fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
                assertThat(vm.errorProperty().get()).isEmpty();

                // Pinned: no question the second time.
                asked.clear();
                login(server, prefs, c -> {
                    asked.add(c);
                    return true;
                });
                assertThat(asked).isEmpty();

                // The server gets another certificate: the change is flagged; refused, nothing is sent.
                Path second = ServerFixture.keystore(dir, "second");
                server.restartWith(Map.of("SHOP_TLS_KEYSTORE", second.toString(), "SHOP_TLS_PASSWORD", "tls-test-pw"));
                LoginViewModel refused = login(server, prefs, c -> {
                    asked.add(c);
                    return false;
                });
                assertThat(asked).hasSize(1);
                assertThat(asked.get(0).changed()).isTrue();
                assertThat(refused.errorProperty().get()).contains("not trusted");
            } finally {
                prefs.removeNode();
            }
        }
    }

    private static LoginViewModel login(
            ServerFixture server, Preferences prefs, java.util.function.Predicate<UntrustedCertificate> prompt) {
        LoginViewModel vm = new LoginViewModel(Tasks.direct(), prefs);
        vm.serverProperty().set(server.url());
        vm.usernameProperty().set("counter");
        vm.passwordProperty().set(ServerFixture.PASSWORD);
        vm.languageProperty().set(Locale.ENGLISH);
        vm.setCertificatePrompt(prompt);
        AtomicReference<Session> session = new AtomicReference<>();
        vm.login(session::set);
        if (session.get() != null) {
            // the event stream trusts the same certificate
            List<org.shopsuite.model.Event> seen = new ArrayList<>();
            List<EventStream.State> states = new java.util.concurrent.CopyOnWriteArrayList<>();
            try (EventStream s = new EventStream(
                    session.get().client().httpClient(),
                    session.get().client().base(),
                    session.get().client()::token,
                    0,
                    seen::add,
                    states::add)) {
                s.start();
                try {
                    EventStreamTest.await(() -> states.contains(EventStream.State.CONNECTED));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return vm;
    }
}
