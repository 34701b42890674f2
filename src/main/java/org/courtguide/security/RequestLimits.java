package org.courtguide.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import org.courtguide.Language;
import org.courtguide.web.PageLanguage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Oversize requests refused with a short message in the person's language instead of an empty body: 413 for a body
 * declared larger than {@code quarkus.http.limits.max-body-size}, 414 for an address over {@code court-guide.request-limits
 * .max-uri-length}, 431 for headers over {@code court-guide.request-limits.max-header-bytes}. JSON {@code {code,
 * message}} under {@code /api} and for JSON clients, a small page otherwise. Runs before the framework's own body
 * limit (which would answer with an empty 413) and before anything reads the body. Requests past the HTTP codec's
 * hard ceiling never reach a handler; see SECURITY.md.
 */
@ApplicationScoped
public class RequestLimits {

    /** Just before Quarkus's own upload limit, which closes the connection with an empty 413. */
    static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;

    private final RequestLimitsConfig config;
    private final Optional<MemorySize> maxBodySize;
    private final Template refused;
    private final ObjectMapper json;

    RequestLimits(
            RequestLimitsConfig config,
            // the framework's own setting, read rather than repeated, so both limits stay the same number
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            @Location("RequestLimits/refused.html") Template refused,
            ObjectMapper json) {
        this.config = config;
        this.maxBodySize = maxBodySize;
        this.refused = refused;
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check).failureHandler(this::tooLargeWhileReading);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > config.maxUriLength()) {
            refuse(context, 414, "uri_too_long", false);
            return;
        }
        if (headerBytes(request) > config.maxHeaderBytes()) {
            refuse(context, 431, "headers_too_large", false);
            return;
        }
        String length = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length != null && maxBodySize.isPresent()) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                declared = -1; // the codec refuses a malformed length itself
            }
            if (declared > maxBodySize.get().asLongValue()) {
                // the body is never read: close the connection rather than drain it
                refuse(context, 413, "too_large", true);
                return;
            }
        }
        context.next();
    }

    /**
     * A body handler that meets the limit while reading fails the request with 413. The framework's own reader of a
     * body without a Content-Length (chunked, HTTP/2) answers its empty 413 itself; see SECURITY.md.
     */
    private void tooLargeWhileReading(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            refuse(context, 413, "too_large", true);
        } else {
            context.next();
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            // as on the wire: name, ": ", value, CRLF
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    private void refuse(RoutingContext context, int status, String code, boolean close) {
        HttpServerRequest request = context.request();
        Language language = language(request);
        SecurityMessages m = MessageBundles.get(SecurityMessages.class, Localized.Literal.of(language.code()));
        String message = switch (status) {
            case 413 -> m.too_large_text();
            case 414 -> m.uri_too_long_text();
            default -> m.headers_too_large_text();
        };
        var response = context.response().setStatusCode(status);
        if (close && request.version() != HttpVersion.HTTP_2) {
            // HTTP/1.x: the unread body would follow on the same connection. HTTP/2 resets just this stream; closing
            // the connection there would cut the response short with GOAWAY
            response.putHeader(HttpHeaderNames.CONNECTION, "close");
            response.endHandler(ended -> request.connection().close());
        }
        response.putHeader(HttpHeaderNames.CACHE_CONTROL, "no-store");
        if (wantsJson(request)) {
            String body;
            try {
                body = json.writeValueAsString(Map.of("code", code, "message", message));
            } catch (JsonProcessingException e) {
                body = "{\"code\":\"" + code + "\"}";
            }
            response.putHeader(HttpHeaderNames.CONTENT_TYPE, "application/json").end(body);
            return;
        }
        String heading = status == 413 ? m.too_large_heading() : m.form_expired_heading();
        String html = refused.data("lang", language.code())
                .data("heading", heading)
                .data("message", message)
                .data("talkToPerson", m.talk_to_person())
                .data("backHome", m.back_home())
                .render();
        response.putHeader(HttpHeaderNames.CONTENT_TYPE, "text/html;charset=UTF-8")
                .end(html);
    }

    /** As {@link PageLanguage} chooses for pages: {@code ?lang=}, then the remembered choice, then the browser's. */
    private static Language language(HttpServerRequest request) {
        String param;
        try {
            param = request.getParam(PageLanguage.PARAM);
        } catch (RuntimeException e) {
            param = null; // a query string that cannot be decoded chooses nothing
        }
        Optional<Language> explicit = param == null ? Optional.empty() : Language.parse(param);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        Cookie cookie = request.getCookie(PageLanguage.COOKIE);
        return Optional.ofNullable(cookie)
                .flatMap(c -> Language.parse(c.getValue()))
                .or(() -> Language.fromAcceptLanguage(request.getHeader(HttpHeaderNames.ACCEPT_LANGUAGE)))
                .orElse(Language.ZH);
    }

    private static boolean wantsJson(HttpServerRequest request) {
        if (request.path() != null && request.path().startsWith("/api/")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaderNames.ACCEPT);
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }
}
