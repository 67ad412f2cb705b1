package org.hausdesk.platform.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one translation of a broken input rule into words, for the API (the {@code fields} of a 400, in English) and
 * for the pages (beside the field, in the reader's language). Input rules are Bean Validation constraints on the
 * control methods that API and pages both call, so both accept and refuse the same inputs; this class says why.
 * <p>
 * Texts come from {@code fields_<language>.properties}, from the most to the least specific key (see
 * {@link #text(ConstraintViolation, String, Locale)}); {@code {max}} and the like are the constraint's attributes.
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

    /**
     * @param field the name of the field as the form shows it (for the API: the property). A constraint with a
     *              message of its own (not its default template) says that; otherwise the texts are tried from the
     *              most to the least specific: the form's field, the path within the call ({@code addNote.body},
     *              then {@code requester.name}), the constraint alone.
     */
    public static String text(ConstraintViolation<?> violation, String field, Locale locale) {
        if (!violation.getMessageTemplate().startsWith("{")) {
            return violation.getMessage();
        }
        var constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        if (constraint.equals("Size")) {
            constraint = tooShort(violation) ? "Size.min" : "Size.max";
        }
        var path = names(violation);
        var keys = new java.util.ArrayList<String>();
        keys.add(field + "." + constraint);
        for (int from = 0; from < path.size(); from++) {
            keys.add(String.join(".", path.subList(from, path.size())) + "." + constraint);
        }
        keys.add(constraint);
        var bundle = ResourceBundle.getBundle(BUNDLE, locale);
        for (var key : keys) {
            if (bundle.containsKey(key)) {
                var text = bundle.getString(key);
                for (var attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
                    text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
                }
                return text;
            }
        }
        return violation.getMessage();
    }

    /** The names along the violation's path: {@code [file, requester, name]}. */
    private static java.util.List<String> names(ConstraintViolation<?> violation) {
        var names = new java.util.ArrayList<String>();
        for (var node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                names.add(node.getName());
            }
        }
        return names;
    }

    /** Whether a size was refused for being below its minimum (a text, list or map too short), not above its maximum. */
    private static boolean tooShort(ConstraintViolation<?> violation) {
        var min = (Integer) violation.getConstraintDescriptor().getAttributes().get("min");
        int size = switch (violation.getInvalidValue()) {
            case CharSequence text -> text.length();
            case java.util.Collection<?> collection -> collection.size();
            case java.util.Map<?, ?> map -> map.size();
            case Object[] array -> array.length;
            case null, default -> Integer.MAX_VALUE;
        };
        return min != null && size < min;
    }
}
