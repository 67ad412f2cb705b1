package org.hausdesk.platform.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one translation of a broken input rule into words, for the API (the {@code fields} of a 400, in English) and
 * for the pages (beside the field, in the reader's language). Input rules are Bean Validation constraints on the
 * control methods that API and pages both call, so both accept and refuse the same inputs; this class says why.
 * <p>
 * Texts come from {@code fields_<language>.properties}: first {@code <field>.<Constraint>} (the field as the form
 * names it, e.g. {@code note.NotBlank}), then {@code <property>.<Constraint>} (e.g. {@code name.NotBlank}), then
 * {@code <Constraint>} (e.g. {@code Size}); {@code {max}} and the like are the constraint's attributes.
 */
public final class FieldMessages {

    private static final String BUNDLE = "org.hausdesk.platform.boundary.fields";

    private FieldMessages() {
    }

    /** The property or parameter a violation is about: the last one named in its path ({@code file.requester.name}). */
    public static String property(ConstraintViolation<?> violation) {
        String name = "request";
        for (var node : violation.getPropertyPath()) {
            if (node.getName() != null && (node.getKind() == ElementKind.PROPERTY
                    || node.getKind() == ElementKind.PARAMETER)) {
                name = node.getName();
            }
        }
        return name;
    }

    public static String text(ConstraintViolation<?> violation, Locale locale) {
        return text(violation, property(violation), locale);
    }

    /** @param field the name of the field as the form shows it (for the API: the property) */
    public static String text(ConstraintViolation<?> violation, String field, Locale locale) {
        var constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        var bundle = ResourceBundle.getBundle(BUNDLE, locale);
        for (var key : new String[] {field + "." + constraint, property(violation) + "." + constraint, constraint}) {
            try {
                var text = bundle.getString(key);
                for (var attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
                    text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
                }
                return text;
            } catch (MissingResourceException e) {
                // the next, more general key
            }
        }
        return violation.getMessage();
    }
}
