package org.hausdesk.platform.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hausdesk.platform.control.Audited;
import org.hausdesk.platform.entity.InvalidInput;
import org.hausdesk.platform.entity.NotPermitted;
import org.hausdesk.platform.entity.RuleViolation;
import org.hausdesk.platform.entity.TooManyRequests;

/**
 * Turns every exception into a {@link Problem}. Exceptions arrive wrapped by transactions and
 * persistence layers, so the cause chain is searched for the one that says what went wrong.
 * Anything unexpected is logged with a reference and answered 500 without details.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        for (var cause = thrown; cause != null; cause = cause.getCause()) {
            var response = known(cause);
            if (response != null) {
                if (response.getStatus() == 403) {
                    denied();
                }
                return response;
            }
        }
        var reference = "%08x".formatted(ThreadLocalRandom.current().nextInt());
        LOG.log(Level.SEVERE, "Unexpected error " + reference, thrown);
        return Problem.response(500, "Something went wrong on our side (reference %s). Nothing you sent was saved."
                .formatted(reference), Map.of());
    }

    @Context
    HttpServletRequest request;

    /** A signed-in caller was refused: the audit log keeps who tried what. */
    private void denied() {
        try {
            CDI.current().getBeanManager().getEvent().select(Audited.class)
                    .fire(new Audited(null, "DENIED", request.getMethod() + " " + request.getRequestURI()));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not audit a denial", e);
        }
    }

    private static Response known(Throwable cause) {
        return switch (cause) {
            case ConstraintViolationException violations -> Problem.response(400,
                    "Some fields are missing or invalid", fields(violations));
            case InvalidField invalid -> Problem.response(400, invalid.getMessage(), invalid.fields());
            case InvalidInput invalid -> Problem.response(400, invalid.getMessage(), Map.of());
            case JsonbException _, JsonParsingException _ -> Problem.response(400,
                    "The request body is not valid JSON of the expected shape", Map.of());
            case RuleViolation conflict -> Problem.response(409, conflict.getMessage(), Map.of());
            case OptimisticLockException _, PessimisticLockException _ -> Problem.response(409,
                    "Someone else changed this at the same moment: reload and try again", Map.of());
            case NotPermitted denied -> Problem.response(403, denied.getMessage(), Map.of());
            case TooManyRequests tooMany -> Response.fromResponse(Problem.response(429, tooMany.getMessage(), Map.of()))
                    .header(HttpHeaders.RETRY_AFTER, tooMany.retryAfterSeconds())
                    .build();
            case NotAuthorizedException unauthorized -> Response.fromResponse(Problem.response(401,
                            "Sign in as a helper or coordinator", Map.of()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Hausdesk\"")
                    .build();
            case WebApplicationException web -> fromWebApplication(web);
            default -> null;
        };
    }

    private static Response fromWebApplication(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        if (status >= 500) {
            return null;
        }
        // JAX-RS's own exceptions (e.g. an unparsable body) carry generic HTTP texts; ours carry a sentence
        var message = web.getMessage() == null || web.getMessage().startsWith("HTTP ")
                ? defaultMessage(status)
                : web.getMessage();
        return Problem.response(status, message, Map.of());
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 400 -> "The request is malformed";
            case 404 -> "Not found";
            case 405 -> "This method is not allowed here";
            case 406, 415 -> "Send and accept application/json";
            default -> Response.Status.fromStatusCode(status) == null
                    ? "Request refused"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
    }

    private static Map<String, String> fields(ConstraintViolationException violations) {
        var fields = new TreeMap<String, String>();
        for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
            fields.merge(FieldMessages.property(violation), FieldMessages.text(violation, java.util.Locale.ENGLISH),
                    (a, b) -> a + " " + b);
        }
        return fields;
    }

}
