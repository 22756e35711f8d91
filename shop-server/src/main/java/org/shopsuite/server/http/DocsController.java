package org.shopsuite.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.RouteRole;
import io.javalin.websocket.WsHandlerEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.shopsuite.server.service.ApiException;

/**
 * The API described: {@code GET /openapi.json} (built once, from the routes as registered) and a
 * browsable page at {@code /docs/api}: Swagger UI served from its webjar on the classpath, so it
 * works with no internet.
 */
final class DocsController {
    private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/";
    private static final String OWN = "/org/shopsuite/server/http/";

    /** The files of the page: name to (classpath location, media type). */
    static final Map<String, String[]> FILES = new LinkedHashMap<>();

    static {
        FILES.put("swagger-ui-bundle.js", new String[] {"webjar", "text/javascript; charset=utf-8"});
        FILES.put("swagger-ui-standalone-preset.js", new String[] {"webjar", "text/javascript; charset=utf-8"});
        FILES.put("swagger-ui.css", new String[] {"webjar", "text/css; charset=utf-8"});
        FILES.put("favicon-32x32.png", new String[] {"webjar", "image/png"});
        FILES.put("api-docs.js", new String[] {"own", "text/javascript; charset=utf-8"});
    }

    private final ObjectMapper json;
    private final String version;
    private volatile Javalin app;
    private volatile byte[] document;

    DocsController(ObjectMapper json, String version) {
        this.json = json;
        this.version = version;
    }

    /** The app whose registered routes the document describes (known once it is created). */
    void describe(Javalin app) {
        this.app = app;
    }

    /** Every registered route ({@code "GET /path"}, {@code "WS /path"}) with its roles. */
    static Map<String, Set<Access>> registered(Javalin app) {
        Map<String, Set<Access>> out = new TreeMap<>();
        for (ParsedEndpoint p : app.unsafe.internalRouter.allHttpHandlers()) {
            String method = p.endpoint.method.name().toUpperCase(Locale.ROOT);
            if (!p.endpoint.method.isHttpMethod()) {
                continue;
            }
            var roles = p.endpoint.metadata(io.javalin.security.Roles.class);
            out.put(method + " " + p.endpoint.path, access(roles == null ? Set.of() : roles.getRoles()));
        }
        for (WsHandlerEntry e : app.unsafe.internalRouter.allWsHandlers()) {
            if (e.getType() == io.javalin.websocket.WsHandlerType.WEBSOCKET) {
                out.put("WS " + e.getPath(), access(e.getRoles()));
            }
        }
        return out;
    }

    private static Set<Access> access(Set<RouteRole> roles) {
        Set<Access> out = EnumSet.noneOf(Access.class);
        for (RouteRole r : roles) {
            if (r instanceof Access a) {
                out.add(a);
            }
        }
        return out;
    }

    void openApi(Context ctx) {
        byte[] doc = document;
        if (doc == null) {
            doc = OpenApi.text(json, OpenApi.build(json, version, registered(app)))
                    .getBytes(StandardCharsets.UTF_8);
            document = doc;
        }
        ctx.contentType("application/json").result(doc);
    }

    void page(Context ctx) throws IOException {
        ctx.contentType("text/html; charset=utf-8").result(resource(OWN + "api-docs.html"));
    }

    void file(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        String[] file = FILES.get(name);
        if (file == null) {
            throw ApiException.notFound("file", name);
        }
        String path = file[0].equals("own") ? OWN + name : WEBJAR + swaggerUiVersion() + "/" + name;
        ctx.contentType(file[1]).header("Cache-Control", "max-age=86400").result(resource(path));
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = DocsController.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing from the jar: " + path);
            }
            return in.readAllBytes();
        }
    }

    /** The webjar's version, from its Maven properties (the page does not care which). */
    private static String swaggerUiVersion() {
        try (InputStream in =
                DocsController.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IOException("the swagger-ui webjar is missing");
            }
            var p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
