package org.shopsuite.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layering is tested, not hoped for: the client knows no JavaFX, ViewModels no Nodes. */
class LayeringTest {
    private static List<Path> sources(String dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("src/main/java/org/shopsuite/desktop", dir))) {
            return s.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }

    @Test
    void theClientDoesNotDependOnJavaFx() throws IOException {
        for (Path f : sources("client", ".java")) {
            assertThat(Files.readString(f)).as(f.toString()).doesNotContain("import javafx.");
        }
    }

    @Test
    void viewModelsDoNotTouchNodes() throws IOException {
        List<Path> vms = sources("ui", "ViewModel.java");
        assertThat(vms).hasSizeGreaterThanOrEqualTo(8);
        for (Path f : vms) {
            assertThat(Files.readString(f))
                    .as(f.toString())
                    .doesNotContain("import javafx.scene.")
                    .doesNotContain("import javafx.stage.")
                    .doesNotContain("Platform.runLater");
        }
    }
}
