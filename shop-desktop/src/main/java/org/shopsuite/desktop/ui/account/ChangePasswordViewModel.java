package org.shopsuite.desktop.ui.account;

import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ApiError;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.PasswordChange;
import org.shopsuite.model.User;

/**
 * "Change password": the current password, the new one twice. A mismatch of the two is caught here;
 * the server's refusals (wrong current password, a weak new one) show next to their fields. The
 * server ends the user's other sessions; this one goes on.
 */
public final class ChangePasswordViewModel {
    /** The fields errors are shown next to. */
    public static final String CURRENT = "currentPassword";

    public static final String NEW = "newPassword";
    public static final String REPEAT = "repeatPassword";

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private String key = ShopClient.newIdempotencyKey();
    private PasswordChange lastSent;

    public ChangePasswordViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty newProperty() {
        return next;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Sends the change; {@code done} gets the user once the server has made it. */
    public void submit(Consumer<User> done) {
        if (busy.get()) {
            return;
        }
        fieldErrors.clear();
        error.set("");
        String cur = Objects.requireNonNullElse(current.get(), "");
        String nw = Objects.requireNonNullElse(next.get(), "");
        String again = Objects.requireNonNullElse(repeat.get(), "");
        if (cur.isEmpty()) {
            fieldErrors.put(CURRENT, m.get("field.is.required"));
        }
        if (nw.isEmpty()) {
            fieldErrors.put(NEW, m.get("field.is.required"));
        } else if (!nw.equals(again)) {
            fieldErrors.put(REPEAT, m.get("password.mismatch"));
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        PasswordChange in = new PasswordChange(cur, nw);
        if (!in.equals(lastSent)) {
            // Another request than the last one: a new key. The same one again (a retry after the
            // server could not be reached) keeps its key, so a change that went through is not refused.
            key = ShopClient.newIdempotencyKey();
        }
        lastSent = in;
        String k = key;
        busy.set(true);
        tasks.run(
                () -> session.client().changePassword(in, k),
                user -> {
                    busy.set(false);
                    current.set("");
                    next.set("");
                    repeat.set("");
                    done.accept(user);
                },
                this::fail);
    }

    private void fail(Throwable t) {
        busy.set(false);
        Forms.fail(fieldErrors, error, t, m);
        if (t instanceof ApiError e
                && !e.errors().isEmpty()
                && e.errors().stream().allMatch(f -> Set.of(CURRENT, NEW).contains(f.field()))) {
            error.set(""); // each message is next to its field
        }
    }
}
