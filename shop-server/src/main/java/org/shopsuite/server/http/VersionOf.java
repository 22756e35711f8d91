package org.shopsuite.server.http;

import org.shopsuite.model.Invoice;
import org.shopsuite.model.Job;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.Receipt;
import org.shopsuite.model.ShopSettings;
import org.shopsuite.model.User;
import org.shopsuite.model.VehiclePart;

/** The version of a resource body, which is its ETag. */
final class VersionOf {
    private VersionOf() {}

    static Long of(Object body) {
        if (body instanceof Receipt r) {
            return r.version();
        } else if (body instanceof Job j) {
            return j.version();
        } else if (body instanceof VehiclePart p) {
            return p.version();
        } else if (body instanceof Mechanic m) {
            return m.version();
        } else if (body instanceof User u) {
            return u.version();
        } else if (body instanceof Invoice i) {
            return i.version();
        } else if (body instanceof ShopSettings s) {
            return s.version();
        }
        return null;
    }
}
