package org.hausdesk.platform.boundary;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hausdesk.platform.entity.TooManyRequests;

/**
 * What the pages answer when an operation behind them refuses or fails, instead of the container's
 * error report: a limit ({@link TooManyRequests}) becomes {@code 429} with {@code Retry-After}; a
 * form that cannot be restored (a forged or foreign {@code jakarta.faces.ViewState}) a {@code 400}
 * with one line in the log, not a stack trace per request; anything else a {@code 500} page with a
 * reference that the log names. It runs for forwarded requests too ({@code /hilfe} is forwarded to its
 * page), so that the error is answered before the container's dispatcher logs it. The pages are rendered into a buffer large enough for the whole page
 * ({@code jakarta.faces.FACELETS_BUFFER_SIZE}), so nothing has reached the client when this decides.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD}, asyncSupported = true)
public class PageErrors extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(PageErrors.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Problems.isApi(request)) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            answer(request, response, e);
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, Exception thrown)
            throws IOException {
        var tooMany = cause(thrown, TooManyRequests.class);
        if (tooMany != null) {
            response.setHeader("Retry-After", Long.toString(tooMany.retryAfterSeconds()));
            Problems.page(request, response, 429, tooMany.germanMessage(), null, tooMany.getMessage());
            return;
        }
        if (cause(thrown, ViewExpiredException.class) != null || cause(thrown, ProtectedViewException.class) != null) {
            LOG.info(() -> "A form could not be restored (" + request.getMethod() + " " + request.getRequestURI()
                    + "): answered 400");
            Problems.page(request, response, 400, "Dieses Formular gilt nicht mehr",
                    "Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.",
                    "This form is no longer valid: reload the page and try again.");
            return;
        }
        var reference = "%08x".formatted(ThreadLocalRandom.current().nextInt());
        LOG.log(Level.SEVERE, "Unexpected error " + reference + " on " + request.getMethod() + " "
                + request.getRequestURI(), thrown);
        Problems.page(request, response, 500, "Da ist etwas schiefgegangen",
                "Bei uns ist ein Fehler aufgetreten (Nummer %s). Bitte versuchen Sie es später noch einmal.".formatted(reference),
                "Something went wrong on our side (reference %s).".formatted(reference));
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (var cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause instanceof ServletException servlet && servlet.getRootCause() != null
                    && servlet.getRootCause() != cause.getCause()) {
                var root = cause(servlet.getRootCause(), type);
                if (root != null) {
                    return root;
                }
            }
        }
        return null;
    }
}
