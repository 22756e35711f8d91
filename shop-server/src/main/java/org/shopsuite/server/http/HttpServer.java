package org.shopsuite.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.service.Services;

/** Builds the Javalin app: routes, auth, errors, JSON, the event stream. */
public final class HttpServer {
  /** Bodies above this are refused with 413. */
  public static final long MAX_BODY_BYTES = 1024 * 1024;

  private HttpServer() {}

  public static Javalin create(
      Services s, Database db, ObjectMapper json, EventStreamHub hub, String host, int port,
      String version) {
    Bodies bodies = new Bodies(json);
    Respond respond = new Respond(s.idempotency());
    Problems problems = new Problems(json);
    Authn authn = new Authn(s.auth());
    HealthController health = new HealthController(db, version);
    AuthController auth = new AuthController(s.auth(), s.users(), bodies);
    PeopleController people =
        new PeopleController(s.users(), s.mechanics(), s.shop(), bodies, respond);
    PartController parts = new PartController(s.parts(), bodies, respond);
    RepairController repair =
        new RepairController(
            s.receipts(), s.jobs(), s.invoices(), s.board(), s.shop(), bodies, respond);
    EventController events = new EventController(s.events(), hub);
    return Javalin.create(
        config -> {
          config.jsonMapper(new JavalinJackson(json, false));
          config.http.maxRequestSize = MAX_BODY_BYTES;
          config.http.defaultContentType = "application/json";
          config.startup.showJavalinBanner = false;
          config.jetty.host = host;
          config.jetty.port = port;
          config.jetty.modifyWebSocketServletFactory(
              f -> f.setIdleTimeout(Duration.ofMinutes(2)));
          problems.register(config.routes);
          Routes.register(config.routes, authn, health, auth, people, parts, repair, events);
        });
  }
}
