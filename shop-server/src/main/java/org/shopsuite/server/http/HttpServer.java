package org.shopsuite.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import org.shopsuite.server.db.Database;
import org.shopsuite.server.ops.BackupService;
import org.shopsuite.server.ops.Metrics;
import org.shopsuite.server.service.Services;

/** Builds the Javalin app: routes, auth, errors, JSON, the event stream. */
public final class HttpServer {
    private static final org.slf4j.Logger REQUESTS = org.slf4j.LoggerFactory.getLogger("requests");

    /** Connections the kernel may hold for us before we accept them. */
    /** How long a stop waits for the requests under way to be answered. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    static final int ACCEPT_QUEUE = 1024;

    /** Bodies above this are refused with 413. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    private HttpServer() {}

    /** The route template, for metrics; requests that matched no route share one label. */
    private static String routeOf(io.javalin.http.Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    public static Javalin create(
            Services s,
            Database db,
            ObjectMapper json,
            EventStreamHub hub,
            BackupService backups,
            Metrics metrics,
            String host,
            int port,
            String version,
            int rateLimit,
            int maxConnections,
            SlowClientGuard.Limits slowClients,
            java.nio.file.Path tlsKeystore,
            String tlsPassword) {
        Bodies bodies = new Bodies(json);
        Respond respond = new Respond(s.changes());
        Problems problems = new Problems(json);
        Authn authn = new Authn(s.auth());
        RateLimiter limiter = new RateLimiter(rateLimit);
        HealthController health = new HealthController(db, version);
        AuthController auth = new AuthController(s.auth(), s.users(), bodies, respond);
        PeopleController people =
                new PeopleController(s.users(), s.mechanics(), s.shop(), s.locations(), bodies, respond);
        PartController parts = new PartController(s.parts(), s.stockTransfers(), bodies, respond);
        RepairController repair =
                new RepairController(s.receipts(), s.jobs(), s.invoices(), s.board(), s.shop(), bodies, respond);
        CustomerController customers = new CustomerController(s.customers(), s.vehicles(), bodies, respond);
        EstimateController estimates = new EstimateController(s, bodies, respond);
        PurchasingController purchasing = new PurchasingController(s.purchasing(), s.shop(), bodies, respond);
        CounterSaleController counterSales = new CounterSaleController(s.counterSales(), s.shop(), bodies, respond);
        StockCountController stockCounts = new StockCountController(s.stockCounts(), bodies, respond);
        ScheduleController schedule = new ScheduleController(s.schedule(), s.appointments(), bodies, respond);
        LoyaltyController loyalty = new LoyaltyController(s, bodies, respond);
        WarrantyController warranty = new WarrantyController(s.warranty(), bodies, respond);
        SubletController sublets = new SubletController(s.sublets(), bodies, respond);
        ClockController clock = new ClockController(s.clock(), bodies, respond);
        ReportController reports = new ReportController(s.reports(), s.shop(), bodies, respond);
        EventController events = new EventController(s.events(), hub);
        OpsController ops = new OpsController(backups, metrics, s.auth(), s.audit(), bodies, respond);
        DocsController docs = new DocsController(json, version);
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.defaultContentType = "application/json";
            config.startup.showJavalinBanner = false;
            config.jetty.host = host;
            config.jetty.port = port;
            if (tlsKeystore != null) {
                // HTTPS only: the one connector speaks TLS with the shop's certificate.
                config.jetty.addConnector((server, httpConfig) -> {
                    var ssl = new org.eclipse.jetty.util.ssl.SslContextFactory.Server();
                    ssl.setKeyStorePath(tlsKeystore.toString());
                    ssl.setKeyStorePassword(tlsPassword);
                    ssl.setKeyStoreType("PKCS12");
                    httpConfig.addCustomizer(new org.eclipse.jetty.server.SecureRequestCustomizer(false));
                    var connector = new org.eclipse.jetty.server.ServerConnector(
                            server, ssl, new org.eclipse.jetty.server.HttpConnectionFactory(httpConfig));
                    connector.setHost(host);
                    connector.setPort(port);
                    return connector;
                });
            }
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new ProblemErrorHandler());
                // A deeper accept queue than Java's 50: a burst of connections (slow clients being
                // cut and coming back) must not drop another client's SYN into a 1 s resend.
                server.addEventListener(new org.eclipse.jetty.util.component.LifeCycle.Listener() {
                    @Override
                    public void lifeCycleStarting(org.eclipse.jetty.util.component.LifeCycle event) {
                        for (var c : server.getConnectors()) {
                            if (c instanceof org.eclipse.jetty.server.ServerConnector sc) {
                                sc.setAcceptQueueSize(ACCEPT_QUEUE);
                            }
                        }
                        // A stop (systemd's, a restart) lets the requests under way finish and be
                        // answered, for up to STOP_WAIT, and answers new ones 503, instead of
                        // cutting them off mid-body: a client with a second server moves there.
                        if (!(server.getHandler() instanceof org.eclipse.jetty.server.handler.GracefulHandler)) {
                            server.setHandler(
                                    new org.eclipse.jetty.server.handler.GracefulHandler(server.getHandler()));
                        }
                    }
                });
                server.setStopTimeout(STOP_WAIT.toMillis());
                // Past this many open connections Jetty stops accepting until some close.
                server.addBean(new org.eclipse.jetty.server.NetworkConnectionLimit(maxConnections, server));
                // Per client address, and the time a request may take to arrive (issue 14).
                SlowClientGuard guard = new SlowClientGuard(server, slowClients);
                server.addBean(guard);
                metrics.gauge(
                        "shop_connections_refused",
                        "Connections closed at accept since start: their address held too many.",
                        guard::refused);
                metrics.gauge(
                        "shop_request_head_timeouts",
                        "Connections closed since start: a request head took too long to arrive.",
                        guard::headTimeouts);
                metrics.gauge(
                        "shop_request_body_timeouts",
                        "Connections closed since start: a request body took too long to arrive.",
                        guard::bodyTimeouts);
            });
            config.jetty.modifyWebSocketServletFactory(f -> f.setIdleTimeout(Duration.ofMinutes(2)));
            config.requestLogger.http((ctx, ms) -> {
                String route = routeOf(ctx);
                metrics.record(ctx.method().name(), route, ctx.statusCode(), ms / 1000.0);
                REQUESTS.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
            });
            problems.register(config.routes);
            Routes.register(
                    config.routes,
                    authn,
                    health,
                    auth,
                    people,
                    parts,
                    repair,
                    customers,
                    estimates,
                    purchasing,
                    counterSales,
                    stockCounts,
                    schedule,
                    loyalty,
                    warranty,
                    sublets,
                    clock,
                    reports,
                    events,
                    ops,
                    docs);
            config.routes.before(limiter::check); // after the body is read (see Routes)
        });
        docs.describe(app);
        return app;
    }
}
