package org.shopsuite.server.http;

import io.javalin.websocket.WsContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.shopsuite.server.service.EventStore;
import org.shopsuite.server.service.PublishedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes committed events to WebSocket clients, in seq order, one JSON event per message.
 *
 * <p>Each client first catches up from the database (seq > since), then follows live events
 * through a bounded queue. A client whose queue overflows while live has fallen behind: it is
 * closed (1013) and resumes with {@code since}. One client's slowness never blocks the publisher
 * or the other clients: each has its own pump.
 */
public final class EventStreamHub implements Consumer<PublishedEvent>, AutoCloseable {
  /** WebSocket close code for a client that fell behind (RFC 6455 "try again later"). */
  public static final int FELL_BEHIND = 1013;

  private static final Logger log = LoggerFactory.getLogger(EventStreamHub.class);
  private static final int CATCH_UP_PAGE = 500;
  private static final int SEND_BATCH = 256;
  private static final long SEND_TIMEOUT_SECONDS = 10;

  private final EventStore store;
  private final int queueCapacity;
  private final Map<String, Subscriber> subscribers = new ConcurrentHashMap<>();
  private final AtomicInteger threadCount = new AtomicInteger();
  private final ExecutorService pumps =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "event-push-" + threadCount.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  private final java.util.concurrent.ScheduledExecutorService reaper =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "event-stream-reaper");
        t.setDaemon(true);
        return t;
      });

  public EventStreamHub(EventStore store, int queueCapacity) {
    this.store = store;
    this.queueCapacity = queueCapacity;
  }

  /** Called after each commit, in seq order, by the event store. */
  @Override
  public void accept(PublishedEvent event) {
    for (Subscriber s : subscribers.values()) {
      s.offer(event);
    }
  }

  void open(WsContext ctx, long since, long userId, String tokenHash) {
    Subscriber s = new Subscriber(ctx.sessionId(), ctx.session, since, userId, tokenHash);
    subscribers.put(ctx.sessionId(), s);
    s.schedule();
  }

  void closed(WsContext ctx) {
    Subscriber s = subscribers.remove(ctx.sessionId());
    if (s != null) {
      s.closed = true;
    }
  }

  /** Closes the streams of an ended session, or of every session of a user. */
  public void revoked(org.shopsuite.server.service.AuthService.Revoked r) {
    for (Subscriber s : subscribers.values()) {
      if ((r.userId() != null && s.userId == r.userId()) || s.tokenHash.equals(r.tokenHash())) {
        s.close(1008, "the session has ended; log in again");
      }
    }
  }

  /** Closes streams whose session has expired since they connected. */
  public void revalidate(java.util.function.Predicate<String> alive) {
    for (Subscriber s : subscribers.values()) {
      if (!alive.test(s.tokenHash)) {
        s.close(1008, "the session has expired; log in again");
      }
    }
  }

  /** How many clients are connected to the stream. */
  public int connected() {
    return subscribers.size();
  }

  @Override
  public void close() {
    for (Subscriber s : subscribers.values()) {
      s.close(1001, "server shutting down; reconnect with since=" + s.lastSent);
    }
    pumps.shutdownNow();
    reaper.shutdownNow();
  }

  private final class Subscriber {
    private final String id;
    private final Session session;
    private final ArrayBlockingQueue<PublishedEvent> queue;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean catchingUp = true;
    private volatile boolean closed;
    private volatile long lastSent;
    private final long userId;
    private final String tokenHash;

    Subscriber(String id, Session session, long since, long userId, String tokenHash) {
      this.id = id;
      this.userId = userId;
      this.tokenHash = tokenHash;
      this.session = session;
      this.lastSent = since;
      this.queue = new ArrayBlockingQueue<>(queueCapacity);
    }

    void offer(PublishedEvent e) {
      if (closed) {
        return;
      }
      if (!queue.offer(e)) {
        if (catchingUp) {
          // Still reading from the database, which has every committed event: nothing is lost.
          queue.clear();
        } else {
          close(FELL_BEHIND, "fell behind; reconnect with since=" + lastSent);
          return;
        }
      }
      schedule();
    }

    void schedule() {
      if (!closed && running.compareAndSet(false, true)) {
        pumps.execute(this::pump);
      }
    }

    private void pump() {
      try {
        while (!closed) {
          List<PublishedEvent> batch = nextBatch();
          if (batch.isEmpty()) {
            break;
          }
          send(batch);
        }
      } catch (Exception e) {
        log.debug("event stream {} failed", id, e);
        close(1011, "stream failed; reconnect with since=" + lastSent);
      } finally {
        running.set(false);
        if (!closed && (!queue.isEmpty() || catchingUp)) {
          schedule();
        }
      }
    }

    private List<PublishedEvent> nextBatch() {
      if (catchingUp) {
        List<PublishedEvent> fromDb = store.publishedSince(lastSent, CATCH_UP_PAGE);
        if (!fromDb.isEmpty()) {
          return fromDb;
        }
        catchingUp = false;
      }
      List<PublishedEvent> out = new ArrayList<>();
      long expected = lastSent;
      PublishedEvent e;
      while (out.size() < SEND_BATCH && (e = queue.peek()) != null) {
        if (e.seq() > expected + 1) {
          // A gap (the queue was cleared while catching up): read the missing part from the db.
          catchingUp = true;
          break;
        }
        queue.poll();
        if (e.seq() == expected + 1) {
          out.add(e);
          expected = e.seq();
        }
      }
      return out;
    }

    private void send(List<PublishedEvent> batch) throws Exception {
      List<CompletableFuture<Void>> sent = new ArrayList<>(batch.size());
      for (PublishedEvent e : batch) {
        Callback.Completable done = new Callback.Completable();
        session.sendText(e.json(), done);
        sent.add(done);
      }
      try {
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
            .get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        close(FELL_BEHIND, "too slow to read; reconnect with since=" + lastSent);
        return;
      }
      lastSent = batch.get(batch.size() - 1).seq();
    }

    void close(int code, String reason) {
      closed = true;
      subscribers.remove(id);
      queue.clear();
      if (session.isOpen()) {
        session.close(code, reason, Callback.NOOP);
        // A client that stopped reading never takes the close frame: cut the connection.
        reaper.schedule(() -> {
          if (session.isOpen()) {
            session.disconnect();
          }
        }, 5, TimeUnit.SECONDS);
      }
    }
  }
}
