package org.hausdesk.search.control;

import java.util.List;

/**
 * The infinitive behind a participle or a noun in -ung, so that "geändert", "Änderung" and
 * "ändern" meet, "eingeloggt" finds "einloggen", "installiert" finds "installieren". Simple rules
 * over lower-case words, not a full grammar: a wrong guess only adds a word that matches nothing.
 */
final class WordForms {

    /** Separable prefixes, "ab|ge|meldet" → "abmelden". */
    static final List<String> SEPARABLE = List.of("herunter", "zurück", "runter", "hinzu", "heraus", "herein",
            "durch", "hoch", "raus", "rein", "frei", "fest", "nach", "auf", "aus", "ein", "mit", "vor", "weg", "los",
            "um", "an", "ab", "zu");
    /** Inseparable prefixes: their participles have no "ge" ("verschickt", "bestätigt"). */
    private static final List<String> INSEPARABLE = List.of("ver", "be", "er", "ent", "zer", "miss", "emp");

    private WordForms() {
    }

    static List<String> of(String word) {
        int length = word.length();
        if (length < 7) {
            return List.of();
        }
        if (word.endsWith("ung")) {
            return List.of(infinitive(word.substring(0, length - 3)));
        }
        if (word.endsWith("iert")) {
            return List.of(word.substring(0, length - 1) + "en");
        }
        for (var prefix : SEPARABLE) {
            if (word.startsWith(prefix + "ge") && length - prefix.length() >= 7) {
                var participle = participle(word.substring(prefix.length()));
                return participle == null ? List.of() : List.of(prefix + participle);
            }
        }
        if (word.startsWith("ge")) {
            var participle = participle(word);
            return participle == null ? List.of() : List.of(participle);
        }
        for (var prefix : INSEPARABLE) {
            if (word.startsWith(prefix) && word.endsWith("t")) {
                return List.of(infinitive(word.substring(0, length - (word.endsWith("et") ? 2 : 1))));
            }
        }
        return List.of();
    }

    /** "geändert" → "ändern", "gemeldet" → "melden", "geladen" → "laden"; null if it is no participle. */
    private static String participle(String word) {
        var core = word.substring(2);
        if (core.endsWith("et") && core.length() >= 5) {
            return infinitive(core.substring(0, core.length() - 2));
        }
        if (core.endsWith("t") && core.length() >= 4) {
            return infinitive(core.substring(0, core.length() - 1));
        }
        if (core.endsWith("en") && core.length() >= 5) {
            return core;
        }
        return null;
    }

    private static String infinitive(String stem) {
        return stem.endsWith("er") || stem.endsWith("el") ? stem + "n" : stem + "en";
    }
}
