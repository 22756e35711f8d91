package org.shopsuite.server.db;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;

/**
 * The DAOs attached to a handle, each attached once per handle. Jdbi's {@code Handle.attach}
 * prepares an invoker for every method of the DAO on each call; done per statement it was close
 * to half of the writer thread's time (profiled with JFR under {@code shop-bench}).
 */
public final class Daos {
    private static final Map<Handle, Map<Class<?>, Object>> ATTACHED = new ConcurrentHashMap<>();

    private Daos() {}

    public static <T> T of(Handle h, Class<T> type) {
        Map<Class<?>, Object> daos = ATTACHED.get(h);
        if (daos == null) {
            daos = new ConcurrentHashMap<>();
            ATTACHED.put(h, daos);
            h.addCleanable(() -> ATTACHED.remove(h));
        }
        return type.cast(daos.computeIfAbsent(type, h::attach));
    }
}
