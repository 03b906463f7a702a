package org.foiplatform.assessment.infrastructure.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Every form of the dashboard must carry the CSRF token of its cookie ({@link CsrfToken}). Only {@code /dashboard} is
 * checked: the API accepts no session cookie, so a forged request there carries no credentials.
 */
public class DashboardCsrf {

    private static final Logger LOG = Logger.getLogger(DashboardCsrf.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");


    @ServerRequestFilter(readBody = true)
    public Response verify(ResteasyReactiveContainerRequestContext context, RoutingContext routing) {
        String path = routing.normalizedPath();
        if (SAFE.contains(context.getMethod()) || !(path.equals("/dashboard") || path.startsWith("/dashboard/"))) {
            return null;
        }
        Cookie sentCookie = routing.request().getCookie(CsrfToken.COOKIE);
        Object sent = ((ResteasyReactiveRequestContext) context.getServerRequestContext()).getFormParameter(CsrfToken.FIELD,
                true, false);
        if (sentCookie == null || !(sent instanceof String token) || token.isBlank()
                || !matches(sentCookie.getValue(), token)) {
            LOG.warnf("A form posted to %s without the CSRF token of its cookie was refused", path);
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity("<!DOCTYPE html><html lang=\"en-GB\"><head><title>This form has expired</title></head>"
                            + "<body><main><h1>This form has expired</h1><p>Go back, reload the page and try again."
                            + " Nothing was changed.</p></main></body></html>")
                    .build();
        }
        // The pages this request renders carry the same token.
        routing.put(CsrfToken.CURRENT, sentCookie.getValue());
        return null;
    }

    static boolean matches(String cookieValue, String token) {
        return MessageDigest.isEqual(cookieValue.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
