package org.hausdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.hausdesk.platform.boundary.FieldMessages;
import org.hausdesk.platform.entity.InvalidInput;
import org.hausdesk.platform.entity.NotPermitted;
import org.hausdesk.platform.entity.RuleViolation;

/** What every page bean needs: parameters, texts, messages, redirects, and who is signed in. */
@RequestScoped
public class Pages {

    @Inject
    Language language;


    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    public String param(String name) {
        var value = faces().getExternalContext().getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The constant of {@code type} a form or link named (e.g. {@code ?status=WAITING}); empty for none or an unknown one. */
    public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
    }

    /** What a form field holds, without surrounding blanks (null when the field was not sent). */
    public static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** A date a form sent ({@code 2027-03-01}): empty when none was given, {@code null} when it cannot be read. */
    public static Optional<java.time.LocalDate> date(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.LocalDate.parse(value.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The id a form or address names (digits only), or null for none or anything else. */
    public static Long id(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

    /** Names as said in a sentence: "Anna", "Anna und Ben", "Anna, Ben und Carla"; empty for none. */
    public String names(java.util.List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + text("housePage.and") + " "
                + names.getLast();
    }

    public String text(String key, Object... arguments) {
        var bundle = ResourceBundle.getBundle("org.hausdesk.web.texts", language.locale());
        var pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** A message about the whole page, e.g. "Ihre Antwort ist angekommen". */
    public void info(String key, Object... arguments) {
        faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    public void error(String key, Object... arguments) {
        faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    /** A message beside one field (its id in the form, which is rendered without a prefix). */
    public void fieldError(String field, String key, Object... arguments) {
        faces().addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
        faces().validationFailed();
    }

    public boolean failed() {
        return faces().isValidationFailed()
                || faces().getMaximumSeverity() != null && faces().getMaximumSeverity().equals(FacesMessage.SEVERITY_ERROR);
    }

    /** Runs a change; a rule it breaks becomes a message on the page instead of an error page. */
    public boolean attempt(Runnable change) {
        return attempt(change, Map.of());
    }

    /**
     * Runs a change; a rule it breaks becomes a message on the page instead of an error page. An input the change
     * refuses (its constraints, the same the API applies) becomes a message beside the form's field: {@code fields}
     * names the form's field for a parameter or property where the two differ (e.g. {@code description → problem}).
     */
    public boolean attempt(Runnable change, Map<String, String> fields) {
        try {
            change.run();
            return true;
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                switch (cause) {
                    case ConstraintViolationException violations -> {
                        for (var violation : violations.getConstraintViolations()) {
                            var property = FieldMessages.property(violation);
                            var field = fields.getOrDefault(property, property);
                            if (faces().getMessages(field).hasNext()) {
                                continue; // one message per field is enough
                            }
                            faces().addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                                    FieldMessages.text(violation, field, language.locale()), null));
                        }
                        faces().validationFailed();
                        return false;
                    }
                    case OptimisticLockException _, PessimisticLockException _ -> {
                        error("error.concurrent");
                        return false;
                    }
                    case NotPermitted _ -> {
                        error("error.notPermitted");
                        return false;
                    }
                    case RuleViolation rule -> {
                        error("error.rule", rule.getMessage());
                        return false;
                    }
                    case InvalidInput invalid -> {
                        error("error.invalid", invalid.getMessage());
                        return false;
                    }
                    default -> {
                    }
                }
            }
            throw e;
        }
    }

    /**
     * After a change: to the page (Post/Redirect/Get), which says what happened: {@code notice} is
     * the key of a text {@code notice.<key>} shown there.
     */
    public void redirect(String path, String notice) {
        redirect(path + (path.contains("?") ? "&" : "?") + "hinweis=" + notice);
    }

    /** The text of the {@code hinweis} parameter a redirect added, if it names a known one. */
    public String notice() {
        var key = param("hinweis");
        if (key == null || !key.matches("[a-zA-Z]{1,40}")) {
            return null;
        }
        var bundle = ResourceBundle.getBundle("org.hausdesk.web.texts", language.locale());
        return bundle.containsKey("notice." + key) ? bundle.getString("notice." + key) : null;
    }

    public void redirect(String path) {
        if (faces().getResponseComplete()) {
            return; // already answered, e.g. with 404
        }
        var context = faces().getExternalContext();
        try {
            context.redirect(context.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces().responseComplete();
    }

    /** The page is shown, with this status (e.g. 404 for a friendly "this link is no longer valid"). */
    public void status(int status) {
        faces().getExternalContext().setResponseStatus(status);
    }

    /**
     * Whether this request is a POST of one of the page's plain HTML forms (no Faces view state: small forms repeated
     * per row, e.g. one per house or household) that names {@code button}. The CSRF filter has checked its token.
     */
    public boolean posted(String button) {
        var request = (jakarta.servlet.http.HttpServletRequest) faces().getExternalContext().getRequest();
        return "POST".equals(request.getMethod()) && param(button) != null;
    }

    /** Whether this request sends one of the page's forms (rather than showing the page). */
    public boolean isPostback() {
        return faces().isPostback();
    }

    public void notFound() {
        if (faces().getResponseComplete()) {
            return;
        }
        try {
            faces().getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces().responseComplete();
    }

    /** The signed-in helper or coordinator ({@code caller.account()}); otherwise on to the sign-in page (and empty). */
    public <T> Optional<T> signedIn(Optional<T> account) {
        if (account.isEmpty()) {
            var here = (String) faces().getExternalContext().getRequestMap().get("jakarta.servlet.forward.request_uri");
            var context = faces().getExternalContext().getRequestContextPath();
            var back = here == null ? "/helfer" : here.substring(context.length());
            redirect("/anmelden?weiter=" + Language.encode(back));
        }
        return account;
    }
}
