package org.shopsuite.desktop.ui;

import static org.shopsuite.desktop.ui.InvoiceDialogsTest.dialog;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.shopsuite.desktop.ServerFixture;

/**
 * What the screenshot renderers share: where the pictures go ({@code -Dscreenshots=DIR}, relative
 * to the project), a window of 1280x720 logged in in a language, and the pictures themselves (the
 * window, or the window dimmed with dialogs drawn over it where they are on screen).
 */
final class Shots {
    private Shots() {}

    static Path outDir() throws java.io.IOException {
        Path target = Path.of(System.getProperty("screenshots"));
        Path out = target.isAbsolute()
                ? target
                : Path.of(System.getProperty("user.dir")).getParent().resolve(target);
        Files.createDirectories(out);
        return out;
    }

    static FxDriver open(String url, String lang, String user) throws Exception {
        FxDriver d = FxDriver.open(url);
        d.fx(() -> {
            d.stage().setWidth(1280);
            d.stage().setHeight(720);
        });
        d.await(() -> d.has("#login-submit"));
        d.fx(() -> {
            ComboBox<java.util.Locale> box = d.node("#language");
            box.getItems().stream()
                    .filter(l -> l.getLanguage().equals(lang))
                    .findFirst()
                    .ifPresent(l -> box.getSelectionModel().select(l));
        });
        d.login(user, ServerFixture.PASSWORD);
        return d;
    }

    static void shot(FxDriver d, Path out, String name) throws Exception {
        BufferedImage img =
                SwingFXUtils.fromFXImage(d.fx(() -> d.stage().getScene().snapshot(null)), null);
        ImageIO.write(img, "png", out.resolve(name + ".png").toFile());
    }

    static void shotWith(FxDriver d, Path out, String name, String... dialogIds) throws Exception {
        BufferedImage img =
                SwingFXUtils.fromFXImage(d.fx(() -> d.stage().getScene().snapshot(null)), null);
        Graphics2D g = img.createGraphics();
        for (String id : dialogIds) {
            Window w = d.fx(() -> dialog(id).getScene().getWindow());
            BufferedImage shown =
                    SwingFXUtils.fromFXImage(d.fx(() -> w.getScene().snapshot(null)), null);
            double x = d.fx(() -> w.getX() - d.stage().getX());
            double y = d.fx(() -> w.getY() - d.stage().getY());
            g.setColor(new java.awt.Color(0, 0, 0, 70));
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.drawImage(shown, (int) Math.max(0, x), (int) Math.max(0, y), null);
        }
        g.dispose();
        ImageIO.write(img, "png", out.resolve(name + ".png").toFile());
    }
}
