package org.shopsuite.server.http;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty refuses before they reach a route (a malformed path or header) still get the
 * one problem+json body, not an HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {
    /** Every method gets the body (Jetty's default writes one for GET, POST and HEAD only). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String detail = message == null || message.isBlank() ? "the request could not be read" : message;
        String title = Problems.titleOf(code);
        String body = "{\"type\":\"" + Problems.typeOf(title) + "\",\"title\":\"" + title + "\",\"status\":" + code
                + ",\"detail\":\"" + escape(detail) + "\",\"errors\":"
                + (code == 400
                        ? "[{\"field\":\"request\",\"code\":\"malformed_request\",\"message\":\"" + escape(detail)
                                + "\",\"params\":{}}]"
                        : "[]")
                + "}";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE + ";charset=utf-8");
        response.write(true, BufferUtil.toBuffer(body, StandardCharsets.UTF_8), callback);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\') {
                b.append('\\').append(ch);
            } else if (ch < 0x20) {
                b.append(String.format("\\u%04x", (int) ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
