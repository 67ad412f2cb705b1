package org.hausdesk.platform.boundary;

import java.util.EnumSet;
import java.util.Locale;

/** Reads an enum from a query parameter or a field, case-insensitively; a typo gets a 400 that lists the choices. */
public final class EnumParam {

    private EnumParam() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidField(field, "one of " + EnumSet.allOf(type).toString().toLowerCase(Locale.ROOT));
        }
    }
}
