package org.shopsuite.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flags beat environment, which beats the properties file, which beats defaults. */
class ServerConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsArePort8088AndTheUsersDataFolder() {
        ServerConfig c = ServerConfig.load(new String[0], Map.of("XDG_DATA_HOME", dir.toString()));
        assertThat(c.port()).isEqualTo(8088);
        assertThat(c.demo()).isFalse();
        if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win")
                && !System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac")) {
            assertThat(c.dataDir()).isEqualTo(dir.resolve("shop-suite"));
        }
    }

    @Test
    void flagsOverrideEnvironmentWhichOverridesTheFile() throws Exception {
        Files.writeString(dir.resolve("shop-server.properties"), "port=7001\nhost=10.0.0.1\ndemo=true\n");
        ServerConfig fileOnly = ServerConfig.load(new String[] {"--data-dir", dir.toString()}, Map.of());
        assertThat(fileOnly.port()).isEqualTo(7001);
        assertThat(fileOnly.host()).isEqualTo("10.0.0.1");
        assertThat(fileOnly.demo()).isTrue();

        ServerConfig env =
                ServerConfig.load(new String[0], Map.of("SHOP_DATA_DIR", dir.toString(), "SHOP_PORT", "7002"));
        assertThat(env.port()).isEqualTo(7002);
        assertThat(env.host()).isEqualTo("10.0.0.1");

        ServerConfig flags = ServerConfig.load(
                new String[] {"--port=7003", "--host", "127.0.0.1"},
                Map.of("SHOP_DATA_DIR", dir.toString(), "SHOP_PORT", "7002"));
        assertThat(flags.port()).isEqualTo(7003);
        assertThat(flags.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void theDevProfileListensOnLoopbackWithDebugLogs() throws Exception {
        ServerConfig dev = ServerConfig.load(new String[] {"--profile", "dev", "--data-dir", dir.toString()}, Map.of());
        assertThat(dev.host()).isEqualTo("127.0.0.1");
        assertThat(dev.logLevel()).isEqualTo("DEBUG");
        ServerConfig prod = ServerConfig.load(new String[] {"--data-dir", dir.toString()}, Map.of());
        assertThat(prod.profile()).isEqualTo("prod");
        assertThat(prod.host()).isEqualTo("0.0.0.0");
        assertThat(prod.logLevel()).isEqualTo("INFO");
    }

    @Test
    void anExplicitConfigFileIsRead() throws Exception {
        Path file = dir.resolve("etc.properties");
        Files.writeString(file, "port=7100\nprofile=dev\nbackup.daily=3\n");
        ServerConfig c =
                ServerConfig.load(new String[] {"--config", file.toString(), "--data-dir", dir.toString()}, Map.of());
        assertThat(c.port()).isEqualTo(7100);
        assertThat(c.profile()).isEqualTo("dev");
        assertThat(c.backupsDaily()).isEqualTo(3);
        assertThatThrownBy(() -> ServerConfig.load(
                        new String[] {"--config", dir.resolve("none").toString()}, Map.of()))
                .hasMessageContaining("no such file");
    }

    @Test
    void badValuesNameTheSettingAndTheExpectedForm() {
        assertThatThrownBy(() -> ServerConfig.load(new String[] {"--port", "eighty"}, Map.of()))
                .isInstanceOf(ServerConfig.InvalidConfig.class)
                .hasMessageContaining("port")
                .hasMessageContaining("whole number from 0 to 65535");
        assertThatThrownBy(() -> ServerConfig.load(new String[0], Map.of("SHOP_DEMO", "perhaps")))
                .hasMessageContaining("SHOP_DEMO")
                .hasMessageContaining("true or false");
        assertThatThrownBy(() -> ServerConfig.load(new String[] {"--profile", "staging"}, Map.of()))
                .hasMessageContaining("profile")
                .hasMessageContaining("prod or dev");
        assertThatThrownBy(() -> ServerConfig.load(new String[0], Map.of("SHOP_BACKUPS_DAILY", "0")))
                .hasMessageContaining("backup.daily (SHOP_BACKUPS_DAILY)")
                .hasMessageContaining("from 1 to 366");
        assertThatThrownBy(() -> ServerConfig.load(new String[] {"--tls-keystore", "/no/such.p12"}, Map.of()))
                .hasMessageContaining("tls.keystore (--tls-keystore, SHOP_TLS_KEYSTORE)")
                .hasMessageContaining("PKCS12");
        assertThatThrownBy(() -> ServerConfig.load(new String[] {"--colour"}, Map.of()))
                .hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> ServerConfig.load(new String[] {"--port"}, Map.of()))
                .hasMessageContaining("--port needs a value");
    }

    @Test
    void slowClientLimitsHaveDefaultsFlagsAndEnvironment() {
        ServerConfig d = ServerConfig.load(new String[] {"--data-dir", dir.toString()}, Map.of());
        assertThat(d.maxConnectionsPerClient()).isEqualTo(100);
        assertThat(d.requestHeadTimeout()).isEqualTo(java.time.Duration.ofSeconds(10));
        assertThat(d.requestBodyTimeout()).isEqualTo(java.time.Duration.ofSeconds(30));
        ServerConfig c = ServerConfig.load(
                new String[] {
                    "--data-dir", dir.toString(), "--max-connections-per-client", "0", "--request-head-timeout=5"
                },
                Map.of("SHOP_REQUEST_BODY_TIMEOUT", "7", "SHOP_MAX_CONNECTIONS_PER_CLIENT", "50"));
        assertThat(c.maxConnectionsPerClient()).isZero();
        assertThat(c.requestHeadTimeout()).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(c.requestBodyTimeout()).isEqualTo(java.time.Duration.ofSeconds(7));
        assertThatThrownBy(() -> ServerConfig.load(new String[] {"--request-head-timeout", "0"}, Map.of()))
                .isInstanceOf(ServerConfig.InvalidConfig.class)
                .hasMessageContaining("SHOP_REQUEST_HEAD_TIMEOUT");
    }

    @Test
    void aPostgresqlDatabaseIsNamedByUrlWithItsLoginFromTheEnvironmentNeverTheUrl() {
        assertThat(ServerConfig.load(new String[] {"--data-dir", dir.toString()}, Map.of())
                        .postgres())
                .isNull();
        ServerConfig c = ServerConfig.load(
                new String[] {"--data-dir", dir.toString(), "--database", "postgresql://db.shop.lan:5433/shop"},
                Map.of("SHOP_DATABASE_USER", "shop", "SHOP_DATABASE_PASSWORD", "s3cret"));
        assertThat(c.postgres().jdbcUrl()).isEqualTo("jdbc:postgresql://db.shop.lan:5433/shop");
        assertThat(c.postgres().user()).isEqualTo("shop");
        assertThat(c.postgres().password()).isEqualTo("s3cret");
        assertThat(c.postgres().toString()).doesNotContain("s3cret");
        assertThat(ServerConfig.load(
                                new String[] {"--data-dir", dir.toString()},
                                Map.of("SHOP_DATABASE_URL", "jdbc:postgresql://127.0.0.1/shop?sslmode=require"))
                        .postgres()
                        .jdbcUrl())
                .isEqualTo("jdbc:postgresql://127.0.0.1/shop?sslmode=require");
        // a password in the URL would be on the command line and in the logs: refused, not echoed
        assertThatThrownBy(() -> ServerConfig.load(
                        new String[] {"--data-dir", dir.toString(), "--database", "postgresql://shop:s3cret@h/shop"},
                        Map.of()))
                .isInstanceOf(ServerConfig.InvalidConfig.class)
                .hasMessageContaining("database.url (--database, SHOP_DATABASE_URL)")
                .hasMessageContaining("SHOP_DATABASE_PASSWORD")
                .hasMessageNotContaining("s3cret");
        for (String bad : new String[] {"mysql://h/shop", "postgresql://h", "postgresql:///shop", "shop.db"}) {
            assertThatThrownBy(() ->
                            ServerConfig.load(new String[] {"--data-dir", dir.toString(), "--database", bad}, Map.of()))
                    .as(bad)
                    .isInstanceOf(ServerConfig.InvalidConfig.class)
                    .hasMessageContaining("must be postgresql://HOST:PORT/DATABASE");
        }
    }
}
