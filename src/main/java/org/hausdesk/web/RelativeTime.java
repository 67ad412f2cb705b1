package org.hausdesk.web;

import java.time.Duration;

/**
 * Times as helpers say them in a queue: "vor 2 Std.", "seit 3 Tagen", "in 5 Std." (and in English). Minutes
 * below an hour, hours below two days, days from then on; never "vor 0 Min.".
 */
public final class RelativeTime {

    /** Which way the time points: a past moment, a span up to now, a moment ahead. */
    public enum Kind {
        AGO, SINCE, IN
    }

    private RelativeTime() {
    }

    public static String words(Duration span, Kind kind, boolean english) {
        var seconds = Math.max(0, span.abs().toSeconds());
        if (kind == Kind.AGO && seconds < 60) {
            return english ? "just now" : "gerade eben";
        }
        if (kind == Kind.IN && seconds < 60) {
            return english ? "any moment" : "gleich";
        }
        long amount;
        String german;
        String englishUnit;
        if (seconds < 3600) {
            amount = Math.max(1, seconds / 60);
            german = "Min.";
            englishUnit = "min";
        } else if (seconds < 48 * 3600) {
            amount = seconds / 3600;
            german = "Std.";
            englishUnit = "h";
        } else {
            amount = seconds / 86_400;
            german = "Tagen";
            englishUnit = "days";
        }
        var value = amount + " " + (english ? englishUnit : german);
        if (english) {
            return switch (kind) {
                case AGO -> value + " ago";
                case SINCE -> "for " + value;
                case IN -> "in " + value;
            };
        }
        return switch (kind) {
            case AGO -> "vor " + value;
            case SINCE -> "seit " + value;
            case IN -> "in " + value;
        };
    }
}
