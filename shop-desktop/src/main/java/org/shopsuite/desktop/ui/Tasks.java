package org.shopsuite.desktop.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs server calls off the UI thread and hands results back on it. ViewModel tests use {@link
 * #direct()}, which runs everything on the calling thread.
 */
public interface Tasks {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Calls given to {@link #fx()} pools whose callback has not run yet (counted across pools). */
    AtomicInteger UNFINISHED = new AtomicInteger();

    /**
     * How many server calls are under way or have their answer waiting for the JavaFX thread: 0 when
     * the screens show everything they have asked for (tests wait for it instead of sleeping).
     */
    static int unfinished() {
        return UNFINISHED.get();
    }

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
                UNFINISHED.incrementAndGet();
                pool.execute(() -> {
                    try {
                        T result = work.call();
                        Platform.runLater(() -> finish(() -> ok.accept(result)));
                    } catch (Exception e) {
                        Platform.runLater(() -> finish(() -> failed.accept(e)));
                    }
                });
            }
        };
    }

    private static void finish(Runnable callback) {
        try {
            callback.run();
        } finally {
            UNFINISHED.decrementAndGet();
        }
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
