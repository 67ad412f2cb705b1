package org.hausdesk.privacy.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from ticket text (before it becomes an FAQ draft, and when a resident is erased): the names Hausdesk knows
 * (resident, helpers), names after a salutation ("Frau Maier"), e-mail addresses, phone numbers,
 * street addresses, flat, floor and house numbers, the house's name, and private-link tokens. Each
 * is replaced by a placeholder in brackets, so the helper reviewing the draft sees what was there.
 *
 * <p>Written for German text as residents write it; it errs on the side of removing too much.
 */
public final class PersonalData {

    public static final String NAME = "[Name]";
    public static final String EMAIL = "[E-Mail]";
    public static final String PHONE = "[Telefon]";
    public static final String ADDRESS = "[Adresse]";
    public static final String FLAT = "[Wohnung]";
    public static final String HOUSE = "[Haus]";

    /** What Hausdesk knows about the people and the place of one ticket. */
    public record Known(List<String> names, String houseName, String houseSlug) {
        public Known {
            names = names == null ? List.of() : names.stream().filter(Objects::nonNull).toList();
        }
    }

    private static final Set<String> NOT_NAMES = Set.of("Frau", "Herr", "Herrn", "Dr", "Prof", "Familie", "von",
            "van", "de", "der", "die", "das", "und", "Hausdesk", "Koordination");

    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(\\.[\\p{L}0-9-]+)+");
    private static final Pattern LINK_TOKEN = Pattern.compile("((?:zugang|token|access_token)=)[^\\s&#]+",
            Pattern.CASE_INSENSITIVE);
    /** A phone number starts with + or 0 and has at least six digits, in groups split by spaces, / or -. */
    private static final Pattern PHONE_NUMBER = Pattern.compile("(?<![\\p{L}\\d])(?:\\+\\d{1,3}[ /-]?(?:\\(0\\))?|\\(?0)"
            + "\\d+\\)?(?:(?:\\s?[/-]\\s?|\\s)?\\d+)+");
    private static final Pattern STREET = Pattern.compile("\\b[\\p{Lu}][\\p{L}.-]*(?:straße|strasse|str\\.|weg|gasse|"
            + "platz|allee|ring|damm|ufer|chaussee|steig|pfad)\\s*\\d+(?:\\s?[a-zA-Z]\\b)?");
    private static final Pattern STREET_WITH_ARTICLE = Pattern.compile("\\b(?:Am|An der|An den|Im|In der|Auf der|"
            + "Auf dem|Zum|Zur|Hinter der|Unter den)\\s+[\\p{Lu}][\\p{L}-]+\\s+\\d+(?:\\s?[a-zA-Z]\\b)?");
    private static final Pattern FLAT_NUMBER = Pattern.compile("\\b(?:Wohnung|Whg\\.?|Apartment|App\\.|Zimmer|"
            + "Hausnummer|Haus-Nr\\.?|Hausnr\\.?|Nr\\.)\\s*(?:Nr\\.?|Nummer)?\\s*\\d+(?:\\s?[a-zA-Z]\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FLOOR = Pattern.compile("\\b\\d+\\.\\s*(?:OG|Obergeschoss|Etage|Stock)\\b|"
            + "\\b(?:EG|Erdgeschoss|Dachgeschoss|DG)\\b(?:\\s+(?:links|rechts|Mitte))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SALUTATION = Pattern.compile("\\b(Frau|Herrn?|Fr\\.|Hr\\.|Familie)\\s+"
            + "(?:(?:Dr|Prof)\\.\\s+)?[\\p{Lu}][\\p{L}'-]+(?:[ -][\\p{Lu}][\\p{L}'-]+)?");

    private PersonalData() {
    }

    public static String redact(String text, Known known) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        var result = text;
        result = EMAIL_ADDRESS.matcher(result).replaceAll(EMAIL);
        result = LINK_TOKEN.matcher(result).replaceAll("$1[entfernt]");
        result = replaceLiterally(result, known.houseName(), HOUSE);
        result = replaceWord(result, known.houseSlug(), HOUSE);
        result = STREET.matcher(result).replaceAll(ADDRESS);
        result = STREET_WITH_ARTICLE.matcher(result).replaceAll(ADDRESS);
        result = FLAT_NUMBER.matcher(result).replaceAll(FLAT);
        result = FLOOR.matcher(result).replaceAll(FLAT);
        result = phones(result);
        result = knownNames(result, known.names());
        result = SALUTATION.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " " + NAME));
        return result;
    }

    private static String phones(String text) {
        var matcher = PHONE_NUMBER.matcher(text);
        var out = new StringBuilder();
        while (matcher.find()) {
            long digits = matcher.group().chars().filter(Character::isDigit).count();
            matcher.appendReplacement(out, digits >= 6 ? PHONE : Matcher.quoteReplacement(matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Full names first, then each part of them that looks like a name, longest first. */
    private static String knownNames(String text, List<String> names) {
        var parts = new ArrayList<String>();
        for (var name : names) {
            var trimmed = name.strip();
            if (trimmed.length() >= 2) {
                parts.add(trimmed);
            }
            for (var part : trimmed.split("[\\s.]+")) {
                if (part.length() >= 3 && !NOT_NAMES.contains(part) && !part.startsWith("[")) {
                    parts.add(part);
                }
            }
        }
        parts.sort(Comparator.comparingInt(String::length).reversed());
        var result = text;
        for (var part : parts) {
            result = replaceWord(result, part, NAME);
        }
        return result;
    }

    private static String replaceLiterally(String text, String value, String placeholder) {
        if (value == null || value.isBlank()) {
            return text;
        }
        return Pattern.compile(Pattern.quote(value.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text).replaceAll(Matcher.quoteReplacement(placeholder));
    }

    private static String replaceWord(String text, String word, String placeholder) {
        if (word == null || word.isBlank()) {
            return text;
        }
        return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word.strip()) + "(?![\\p{L}\\d])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text).replaceAll(Matcher.quoteReplacement(placeholder));
    }
}
