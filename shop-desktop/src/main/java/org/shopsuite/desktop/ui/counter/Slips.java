package org.shopsuite.desktop.ui.counter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.CounterSale;

/** A counter sale's slip (영수증) as the server renders it: its file name, and saving it. */
final class Slips {
    private Slips() {}

    /** The name a saved slip gets first ("counter-sale-12.pdf", "판매영수증-12.pdf"). */
    static String fileName(Session session, CounterSale s) {
        return session.messages().get("counter.slip.file", Long.toString(s.id())) + ".pdf";
    }

    /** Fetches the slip and writes it to {@code file}; says which on success, why not on failure. */
    static void save(
            Tasks tasks, Session session, CounterSale s, Path file, Consumer<String> done, Consumer<String> failed) {
        tasks.run(
                () -> {
                    Files.write(file, session.client().counterSaleSlip(s.id()));
                    return file;
                },
                f -> done.accept(session.messages().get("counter.slip.saved", f.getFileName())),
                t -> failed.accept(session.messages().describe(t)));
    }
}
