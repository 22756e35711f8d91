package org.shopsuite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the installer gives the server, read from its script so the benchmarks cannot drift. */
final class Packaged {
    private static final Path SCRIPT = Path.of("installer/build-packages.sh");

    private Packaged() {}

    /** The JVM options of the packaged server (run the benchmarks from the repository's root). */
    static List<String> serverJvmOptions() {
        try {
            Matcher m = Pattern.compile("--name shop-server[\\s\\S]*?--java-options \"([^\"]+)\"")
                    .matcher(Files.readString(SCRIPT));
            if (!m.find()) {
                throw new IllegalStateException("no --java-options for shop-server in " + SCRIPT.toAbsolutePath());
            }
            return List.of(m.group(1).strip().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException("run the benchmark from the repository's root: " + SCRIPT + " not found", e);
        }
    }
}
