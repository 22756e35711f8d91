package org.shopsuite.desktop.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs server calls off the UI thread and hands results back on it. ViewModel tests use {@link
 * #direct()}, which runs everything on the calling thread.
 */
public interface Tasks {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Work on a small pool of daemon threads, callbacks on the JavaFX thread. */
    static Tasks fx() {
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "server-call");
            t.setDaemon(true);
            return t;
        });
        return new Tasks() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> ok, Consumer<Throwable> failed) {
                pool.execute(() -> {
                    try {
                        T result = work.call();
                        Platform.runLater(() -> ok.accept(result));
                    } catch (Exception e) {
                        Platform.runLater(() -> failed.accept(e));
                    }
                });
            }
        };
    }

    /** Everything on the calling thread: for tests. */
    static Tasks direct() {
        return new Tasks() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> ok, Consumer<Throwable> failed) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                ok.accept(result);
            }
        };
    }
}
