package org.shopsuite.desktop.ui.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.desktop.ui.Messages;
import org.shopsuite.desktop.ui.Session;
import org.shopsuite.desktop.ui.Tasks;
import org.shopsuite.model.Event;
import org.shopsuite.model.Job;
import org.shopsuite.model.JobStatus;
import org.shopsuite.model.MechanicClock;
import org.shopsuite.model.PauseInput;
import org.shopsuite.model.PauseReason;
import org.shopsuite.model.Role;
import org.shopsuite.model.TechnicianReport;

/**
 * The workstation's time clock (issue 21): a mechanic clocks in and out, and pauses or resumes the
 * selected job's clock with a reason; the bar says where the clocks stand and today's hours at work
 * and on jobs. A manager pauses or resumes the selected job's clock for its mechanic.
 */
public final class JobClockViewModel {
    /** The reasons a mechanic pauses with (the clock records SWITCHED and END_OF_SHIFT itself). */
    public static final List<PauseReason> PAUSE_REASONS =
            List.of(PauseReason.WAITING_PARTS, PauseReason.WAITING_APPROVAL, PauseReason.BREAK, PauseReason.OTHER);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Session session;
    private final Tasks tasks;
    private final Messages m;
    private final ZoneId zone;
    private final ObjectProperty<MechanicClock> state = new SimpleObjectProperty<>();
    private final ObjectProperty<Job> job = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty today = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty canPause = new SimpleBooleanProperty();
    private final BooleanProperty canResume = new SimpleBooleanProperty();

    public JobClockViewModel(Session session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.m = session.messages();
        this.zone = ZoneId.of(session.shop().timezone());
        job.addListener((o, a, b) -> {
            if (!mine() && b != null && (a == null || a.mechanicId() != b.mechanicId())) {
                refresh(); // a manager follows the selected job's mechanic
            }
            update();
        });
        state.addListener((o, a, b) -> update());
    }

    /** Whether the logged-in user is a mechanic with a clock of their own (the bar shows clock in/out). */
    public boolean mine() {
        return session.user().role() == Role.MECHANIC && session.user().mechanicId() != null;
    }

    private Long mechanicId() {
        if (mine()) {
            return session.user().mechanicId();
        }
        Job j = job.get();
        return j == null ? null : j.mechanicId();
    }

    /** The job shown on the workstation: its pause and resume act on it. */
    public ObjectProperty<Job> jobProperty() {
        return job;
    }

    public ObjectProperty<MechanicClock> stateProperty() {
        return state;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty todayProperty() {
        return today;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty canPauseProperty() {
        return canPause;
    }

    public BooleanProperty canResumeProperty() {
        return canResume;
    }

    public boolean clockedIn() {
        return state.get() != null && state.get().clockedIn();
    }

    /** Whether resuming the selected job would stop another job's clock (the desktop asks for a note). */
    public boolean resumeSwitches() {
        MechanicClock s = state.get();
        Job j = job.get();
        return s != null && j != null && s.runningJobId() != null && s.runningJobId() != j.id();
    }

    public void refresh() {
        Long mechanic = mechanicId();
        if (mechanic == null) {
            state.set(null);
            today.set("");
            return;
        }
        LocalDate day = LocalDate.now(zone);
        tasks.run(
                () -> new Loaded(
                        session.client().clock(mechanic), session.client().technicianReport(day, day, mechanic)),
                loaded -> {
                    state.set(loaded.clock());
                    today.set(todayText(loaded.today(), mechanic));
                    error.set("");
                },
                t -> error.set(m.describe(t)));
    }

    private record Loaded(MechanicClock clock, TechnicianReport today) {}

    public void clockIn() {
        act(() -> session.client().clockIn(session.user().mechanicId(), ShopClient.newIdempotencyKey()));
    }

    public void clockOut() {
        act(() -> session.client().clockOut(session.user().mechanicId(), ShopClient.newIdempotencyKey()));
    }

    public void pause(PauseReason reason, String note) {
        Job j = job.get();
        if (j == null) {
            return;
        }
        PauseInput in = new PauseInput(reason, note == null || note.isBlank() ? null : note.strip());
        act(() -> session.client().pauseJobClock(j.id(), in, ShopClient.newIdempotencyKey()));
    }

    /** Resumes the selected job's clock; {@code note} goes on the job it switches away from, if any. */
    public void resume(String note) {
        Job j = job.get();
        if (j == null) {
            return;
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        act(() -> session.client().resumeJobClock(j.id(), n, ShopClient.newIdempotencyKey()));
    }

    private void act(java.util.concurrent.Callable<MechanicClock> call) {
        busy.set(true);
        tasks.run(
                call,
                s -> {
                    busy.set(false);
                    error.set("");
                    state.set(s);
                    refresh();
                },
                t -> {
                    busy.set(false);
                    error.set(m.describe(t));
                    refresh();
                });
    }

    /** A clock event of the mechanic shown (from another screen or PC): the bar follows. */
    public void onEvent(Event e) {
        Long mechanic = mechanicId();
        if (mechanic == null) {
            return;
        }
        Long of = null;
        if (e.data() instanceof org.shopsuite.model.event.ClockedIn c) {
            of = c.mechanicId();
        } else if (e.data() instanceof org.shopsuite.model.event.ClockedOut c) {
            of = c.mechanicId();
        } else if (e.data() instanceof org.shopsuite.model.event.JobClockStarted c) {
            of = c.mechanicId();
        } else if (e.data() instanceof org.shopsuite.model.event.JobClockPaused c) {
            of = c.mechanicId();
        } else if (e.data() instanceof org.shopsuite.model.event.JobClockResumed c) {
            of = c.mechanicId();
        } else if (e.data() instanceof org.shopsuite.model.event.TimeEntryEdited c) {
            of = c.mechanicId();
        } else if (e.type() == org.shopsuite.model.EventType.InvoiceIssued
                || e.type() == org.shopsuite.model.EventType.InvoiceVoided) {
            of = mechanic; // an invoice's labour hours may be the mechanic's billed hours
        }
        if (of != null && of.equals(mechanic)) {
            refresh();
        }
    }

    private void update() {
        MechanicClock s = state.get();
        Job j = job.get();
        boolean inProgress = j != null && j.status() == JobStatus.IN_PROGRESS;
        boolean running = s != null && j != null && s.runningJobId() != null && s.runningJobId() == j.id();
        canPause.set(inProgress && running);
        canResume.set(inProgress && !running);
        if (s == null) {
            status.set("");
        } else if (!s.clockedIn()) {
            status.set(m.get("clock.out"));
        } else if (s.runningJobId() == null) {
            status.set(m.get("clock.in", time(s.clockedInAt())));
        } else {
            status.set(m.get("clock.onJob", time(s.clockedInAt()), s.runningJobId(), time(s.jobClockSince())));
        }
    }

    private String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    /**
     * "Today: at work 3.5 h, clocked 2.75 h, billed 3 h": the technicians report of today for the
     * mechanic (a running clock counts to now; billed: labour hours of today's invoices).
     */
    String todayText(TechnicianReport report, long mechanic) {
        TechnicianReport.Technician t = report.items().stream()
                .filter(x -> x.mechanicId() == mechanic)
                .findFirst()
                .orElse(null);
        BigDecimal zero = BigDecimal.ZERO;
        return m.get(
                "clock.today",
                m.hours(t == null ? zero : t.attendedHours()),
                m.hours(t == null ? zero : t.clockedHours()),
                m.hours(t == null ? zero : t.billedHours()));
    }
}
