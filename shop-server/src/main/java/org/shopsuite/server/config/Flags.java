package org.shopsuite.server.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Command-line flags: {@code --name value}, {@code --name=value}, or a bare switch. */
final class Flags {
    private static final Set<String> SWITCHES = Set.of("demo");
    private static final Set<String> VALUED = Set.of(
            "port",
            "host",
            "data-dir",
            "config",
            "profile",
            "log-level",
            "tls-keystore",
            "database",
            "max-connections",
            "max-connections-per-client",
            "request-head-timeout",
            "request-body-timeout");

    private final Map<String, String> values;

    private Flags(Map<String, String> values) {
        this.values = values;
    }

    static Flags parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new ServerConfig.InvalidConfig("unexpected argument '" + a + "'; see --help");
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (SWITCHES.contains(name)) {
                values.put(name, value == null ? "true" : value);
            } else if (VALUED.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new ServerConfig.InvalidConfig("--" + name + " needs a value");
                    }
                    value = args[++i];
                }
                values.put(name, value);
            } else {
                throw new ServerConfig.InvalidConfig("unknown option --" + name + "; see --help");
            }
        }
        return new Flags(values);
    }

    String get(String name) {
        return values.get(name);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }
}
