package org.foiplatform.intake.infrastructure.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.foiplatform.contracts.http.Problem;
import org.foiplatform.intake.infrastructure.web.PortalErrorPages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * A body larger than {@code quarkus.http.limits.max-body-size} (64 KB) answers 413 in the service's own words:
 * problem+json on the API, the portal's page elsewhere. Vert.x enforces the limit; left alone it answers a 413 with
 * no body at all. A body that says its length ({@code Content-Length}) is refused here, before it is read. One sent
 * to the API in chunks (no length) is read here by Vert.x's body handler, up to the limit: past it that handler fails
 * the request with 413, answered here too, and within it the REST layer takes the body already read (left to the REST
 * layer, a chunked body over the limit gets a bare 413 with no body). Forms are left to the REST layer, which parses
 * them itself: browsers send a form's length, so only a hand-made chunked form over the limit gets the bare 413. The connection is closed after the answer, as Vert.x
 * does, so that the rest of the body is not read.
 */
@ApplicationScoped
public class BodyLimit {

    private final long limit;
    private final String inWords;
    private final PortalErrorPages pages;
    private final ObjectMapper json;
    private final BodyHandler chunked;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
            PortalErrorPages pages, ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.inWords = this.limit % 1024 == 0 ? this.limit / 1024 + " KB" : this.limit + " bytes";
        this.pages = pages;
        this.json = json;
        this.chunked = BodyHandler.create(false).setBodyLimit(this.limit);
    }

    void install(@Observes Router router) {
        // Before Vert.x's own check of Content-Length (ROUTE_ORDER_UPLOAD_LIMIT), which answers with no body.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::checkLength);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().headWritten()) {
                tooLarge(context);
            } else {
                context.next();
            }
        });
    }

    private void checkLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared > limit) {
                tooLarge(context);
                return;
            }
        } else if (context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)
                && context.request().path().startsWith("/api/")) {
            chunked.handle(context);
            return;
        }
        context.next();
    }

    private void tooLarge(RoutingContext context) {
        String body;
        String type;
        if (context.request().path().startsWith("/api/")) {
            type = Problem.MEDIA_TYPE;
            try {
                body = json.writeValueAsString(Problem.of(413, "Request too large", "The request body is larger than "
                        + inWords + ". Nothing was stored. Keep the questions shorter, send the rest as a second "
                        + "request, and send the text as UTF-8 rather than \\u escapes."));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            type = "text/html;charset=UTF-8";
            body = pages.tooLargeHtml(inWords);
        }
        context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, type)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(done -> context.request().connection().close())
                .end(body);
    }
}
