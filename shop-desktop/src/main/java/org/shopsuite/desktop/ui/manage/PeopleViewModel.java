package org.shopsuite.desktop.ui.manage;

import java.math.BigDecimal;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Forms;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Event;
import org.shopsuite.model.Mechanic;
import org.shopsuite.model.MechanicInput;
import org.shopsuite.model.Role;
import org.shopsuite.model.Supplier;
import org.shopsuite.model.User;
import org.shopsuite.model.UserInput;

/** The manager's people: mechanics and their daily hours, users and their roles. */
public final class PeopleViewModel {
    private final Session session;
    private final Tasks tasks;
    private final Messages m;

    private final ObservableList<Mechanic> mechanics = FXCollections.observableArrayList();
    private final ObjectProperty<Mechanic> mechanic = new SimpleObjectProperty<>();
    private final StringProperty mechanicName = new SimpleStringProperty("");
    private final StringProperty capacity = new SimpleStringProperty("");
    private final BooleanProperty mechanicActive = new SimpleBooleanProperty(true);

    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final ObjectProperty<User> user = new SimpleObjectProperty<>();
    private final StringProperty username = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.RECEPTIONIST);
    private final ObjectProperty<Mechanic> userMechanic = new SimpleObjectProperty<>();
    private final ObservableList<Supplier> suppliers = FXCollections.observableArrayList();
    private final ObjectProperty<Supplier> userSupplier = new SimpleObjectProperty<>();
    private final BooleanProperty userActive = new SimpleBooleanProperty(true);
    private final StringProperty password = new SimpleStringProperty("");
    private final ObservableList<Place> places = FXCollections.observableArrayList();
    /** The role the form showed when the user was loaded: unchanged, each place keeps its own. */
    private Role loadedRole;

    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public PeopleViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        mechanic.addListener((o, a, b) -> {
            fieldErrors.clear();
            mechanicName.set(b == null ? "" : b.name());
            capacity.set(b == null ? "8" : b.dailyCapacityHours().toPlainString());
            mechanicActive.set(b == null || b.active());
        });
        user.addListener((o, a, b) -> {
            fieldErrors.clear();
            username.set(b == null ? "" : b.username());
            role.set(b == null ? Role.RECEPTIONIST : b.role());
            userMechanic.set(
                    b == null || b.mechanicId() == null
                            ? null
                            : mechanics.stream()
                                    .filter(x -> x.id() == b.mechanicId())
                                    .findFirst()
                                    .orElse(null));
            userSupplier.set(supplierOf(b));
            userActive.set(b == null || b.active());
            password.set("");
            loadedRole = b == null ? null : b.role();
            showPlaces(b);
        });
        role.addListener((o, a, b) -> noteRoles());
    }

    /**
     * A location of the chain and whether the user in the form works there (issue 22). Shown when
     * the chain has more than one; the user's role is their role at each place they work, and a
     * place they already worked at keeps its own role unless the role is changed in the form.
     */
    public static final class Place {
        private final long id;
        private final String name;
        private final BooleanProperty works = new SimpleBooleanProperty();
        private final StringProperty note = new SimpleStringProperty("");
        private Role roleHere;

        Place(long id, String name) {
            this.id = id;
            this.name = name;
        }

        public long id() {
            return id;
        }

        public String name() {
            return name;
        }

        public BooleanProperty worksProperty() {
            return works;
        }

        /** The user's role here when it is not the form's (a user with a different role at each place). */
        public StringProperty noteProperty() {
            return note;
        }
    }

    /** The chain's locations, in name order; empty for a single shop (nothing to choose). */
    public ObservableList<Place> places() {
        return places;
    }

    /**
     * A user's role as the users list shows it: the role, when it is the same wherever they work;
     * otherwise each of their roles, in the order of their locations ("Front counter / Manager"),
     * as the list is the chain's; the form's "Works at" says which role is where.
     */
    public String roleText(User u) {
        java.util.List<org.shopsuite.model.LocationRole> at = u.locations();
        if (at == null || at.isEmpty()) {
            return m.get("role." + u.role().name());
        }
        java.util.StringJoiner text = new java.util.StringJoiner(" / ");
        at.stream()
                .map(org.shopsuite.model.LocationRole::role)
                .distinct()
                .forEach(r -> text.add(m.get("role." + r.name())));
        return text.toString();
    }

    private void showPlaces(User u) {
        for (Place p : places) {
            p.roleHere = u == null || u.locations() == null
                    ? null
                    : u.locations().stream()
                            .filter(l -> l.locationId() == p.id)
                            .map(org.shopsuite.model.LocationRole::role)
                            .findFirst()
                            .orElse(null);
            p.works.set(u == null ? p.id == session.client().locationId() : p.roleHere != null);
        }
        noteRoles();
    }

    /** Each place's own role, shown while the form's role is the one loaded (saving keeps them). */
    private void noteRoles() {
        for (Place p : places) {
            boolean own =
                    p.roleHere != null && loadedRole != null && role.get() == loadedRole && p.roleHere != loadedRole;
            p.note.set(own ? m.get("people.locations.roleHere", m.get("role." + p.roleHere.name())) : "");
        }
    }

    /** What the form says of where the user works: null for a single shop (left as it is). */
    private java.util.List<org.shopsuite.model.LocationRole> chosenPlaces(User current) {
        if (places.size() < 2) {
            return null;
        }
        java.util.List<org.shopsuite.model.LocationRole> out = new java.util.ArrayList<>();
        for (Place p : places) {
            if (!p.works.get()) {
                continue;
            }
            Role at = role.get();
            if (current != null && role.get() == loadedRole && current.locations() != null) {
                at = current.locations().stream()
                        .filter(l -> l.locationId() == p.id)
                        .map(org.shopsuite.model.LocationRole::role)
                        .findFirst()
                        .orElse(role.get());
            }
            out.add(new org.shopsuite.model.LocationRole(p.id, at));
        }
        return out;
    }

    public ObservableList<Mechanic> mechanics() {
        return mechanics;
    }

    public ObjectProperty<Mechanic> mechanicProperty() {
        return mechanic;
    }

    public StringProperty mechanicNameProperty() {
        return mechanicName;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public BooleanProperty mechanicActiveProperty() {
        return mechanicActive;
    }

    public ObservableList<User> users() {
        return users;
    }

    public ObjectProperty<User> userProperty() {
        return user;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ObjectProperty<Mechanic> userMechanicProperty() {
        return userMechanic;
    }

    /** The suppliers a CONTRACTOR user can work for (all, so an inactive one's logins still show). */
    public ObservableList<Supplier> suppliers() {
        return suppliers;
    }

    /** The supplier of a CONTRACTOR user: the outside shop whose orders the login sees. */
    public ObjectProperty<Supplier> userSupplierProperty() {
        return userSupplier;
    }

    /** The name of the supplier a user works for; empty when none. */
    public String supplierName(User u) {
        Supplier s = u == null ? null : supplierOf(u);
        return s == null ? "" : s.name();
    }

    private Supplier supplierOf(User u) {
        return u == null || u.supplierId() == null
                ? null
                : suppliers.stream()
                        .filter(x -> x.id() == u.supplierId())
                        .findFirst()
                        .orElse(null);
    }

    public BooleanProperty userActiveProperty() {
        return userActive;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public void refresh() {
        tasks.run(
                () -> new Object[] {
                    session.client().mechanics(),
                    session.client().users(),
                    session.client().suppliers(true),
                    session.client().locations()
                },
                r -> {
                    @SuppressWarnings("unchecked")
                    var ms = (java.util.List<Mechanic>) r[0];
                    @SuppressWarnings("unchecked")
                    var us = (java.util.List<User>) r[1];
                    @SuppressWarnings("unchecked")
                    var ss = (java.util.List<Supplier>) r[2];
                    @SuppressWarnings("unchecked")
                    var ls = (java.util.List<org.shopsuite.model.Location>) r[3];
                    suppliers.setAll(ss);
                    places.setAll(
                            ls.size() < 2
                                    ? java.util.List.of()
                                    : ls.stream()
                                            .map(l -> new Place(l.id(), l.name()))
                                            .toList());
                    Long keepM = mechanic.get() == null ? null : mechanic.get().id();
                    Long keepU = user.get() == null ? null : user.get().id();
                    mechanics.setAll(ms);
                    users.setAll(us);
                    mechanic.set(
                            keepM == null
                                    ? null
                                    : ms.stream()
                                            .filter(x -> x.id() == keepM)
                                            .findFirst()
                                            .orElse(null));
                    user.set(
                            keepU == null
                                    ? null
                                    : us.stream()
                                            .filter(x -> x.id() == keepU)
                                            .findFirst()
                                            .orElse(null));
                    showPlaces(user.get());
                },
                t -> error.set(m.describe(t)));
    }

    public void newMechanic() {
        mechanic.set(null);
        mechanicName.set("");
        capacity.set("8");
    }

    public void saveMechanic() {
        fieldErrors.clear();
        BigDecimal hours = Forms.decimal(fieldErrors, "dailyCapacityHours", capacity.get(), m);
        if (!fieldErrors.isEmpty()) {
            return;
        }
        Mechanic current = mechanic.get();
        MechanicInput in = new MechanicInput(mechanicName.get(), hours, mechanicActive.get());
        String key = ShopClient.newIdempotencyKey();
        tasks.run(
                () -> current == null
                        ? session.client().createMechanic(in, key)
                        : session.client().updateMechanic(current.id(), current.version(), in),
                saved -> {
                    message.set(m.get("people.mechanicSaved", saved.name()));
                    mechanic.set(saved);
                    refresh();
                },
                t -> Forms.fail(fieldErrors, error, t, m));
    }

    public void newUser() {
        user.set(null);
    }

    /** Creates a user, or changes role, mechanic and active flag; a typed password resets it. */
    public void saveUser() {
        fieldErrors.clear();
        User current = user.get();
        String pw = password.get().isEmpty() ? null : password.get();
        Long mechanicId = role.get() == Role.MECHANIC && userMechanic.get() != null
                ? userMechanic.get().id()
                : null;
        Long supplierId = role.get() == Role.CONTRACTOR && userSupplier.get() != null
                ? userSupplier.get().id()
                : null;
        java.util.List<org.shopsuite.model.LocationRole> at = chosenPlaces(current);
        if (at != null && at.isEmpty()) {
            fieldErrors.put("locations", m.get("people.locations.none"));
            return;
        }
        UserInput in = new UserInput(username.get(), pw, role.get(), mechanicId, userActive.get(), supplierId, at);
        String key = ShopClient.newIdempotencyKey();
        tasks.run(
                () -> current == null
                        ? session.client().createUser(in, key)
                        : session.client().updateUser(current.id(), current.version(), in),
                saved -> {
                    message.set(m.get("people.userSaved", saved.username()));
                    password.set("");
                    user.set(saved);
                    refresh();
                },
                t -> Forms.fail(fieldErrors, error, t, m));
    }

    public void onEvent(Event e) {
        switch (e.type()) {
            case MechanicCreated,
                    MechanicUpdated,
                    UserCreated,
                    UserUpdated,
                    SupplierCreated,
                    SupplierUpdated,
                    LocationCreated,
                    LocationUpdated -> refresh();
            default -> {}
        }
    }

    /** The days off of a mechanic, to edit. */
    public TimeEntriesViewModel timeEntries(Mechanic mechanic) {
        return new TimeEntriesViewModel(session, tasks, mechanic);
    }

    public org.shopsuite.desktop.ui.schedule.DaysOffViewModel daysOffForm(Mechanic mechanic) {
        return new org.shopsuite.desktop.ui.schedule.DaysOffViewModel(session, tasks, mechanic);
    }
}
