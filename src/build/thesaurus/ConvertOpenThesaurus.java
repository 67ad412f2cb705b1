import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns OpenThesaurus (Debian package openthesaurus-de-text, LGPL-2.1) into Hausdesk's thesaurus
 * synonyms file, keeping only the groups that lead to words Hausdesk's texts use.
 *
 * <pre>
 * apt-get install openthesaurus-de-text
 * java src/build/thesaurus/ConvertOpenThesaurus.java /usr/share/openthesaurus-de/openthesaurus.txt \
 *     kb-content src/build/thesaurus/domain-words.txt &gt; src/main/resources/search/synonyms-openthesaurus-de.txt
 * </pre>
 *
 * A group is kept when one of its words occurs in the shipped FAQ or in the domain list; it becomes
 * one rule "every word of the group => those words", so a resident's word leads to the texts' words
 * and never the other way round (the texts' words do not fan out into the whole thesaurus). Only
 * single words are taken; notes such as "(ugs.)" are dropped; groups of more than 30 words are too
 * vague to help and are skipped, and so are a few very general verbs that would tie everything to
 * everything.
 */
public class ConvertOpenThesaurus {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]*\\p{L}");
    private static final Pattern NOTE = Pattern.compile("\\([^)]*\\)");
    private static final int LARGEST_GROUP = 30;
    private static final Set<String> TOO_GENERAL = Set.of("machen", "gehen", "kommen", "geben", "haben", "sein",
            "werden", "sehen", "stehen", "lassen", "halten", "nehmen", "bringen", "setzen", "legen", "stellen",
            "bleiben", "sagen", "finden", "tun", "liegen", "ziehen", "fahren", "laufen", "sollen", "wollen",
            "müssen", "können", "dürfen", "mögen", "einfach", "immer", "schon", "noch", "dann", "oben", "unten",
            "rechts", "links", "hier", "dort", "sehr", "ganz", "etwa", "bitte", "danke", "gern", "gerne", "damit",
            "dabei", "dafür", "davon", "dazu", "wieder", "weiter", "sofort", "gleich", "jetzt", "heute", "neue",
            "neuen", "ihre", "ihren", "ihrem", "ihrer", "eine", "einen", "einem", "einer", "diese", "dieser",
            "dieses", "diesem", "diesen", "oder", "aber", "auch", "wenn", "dass", "weil", "nach", "über", "unter",
            "ohne", "mehr", "alle", "alles", "viele", "andere", "anderen", "beim", "steht", "gibt", "geht", "kann",
            "wird", "sind", "nicht", "keine", "kein", "mann", "frau", "zeit", "fall", "seite", "teil",
            "punkt", "stelle", "weise", "sache", "ding", "art", "form", "stück");

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ConvertOpenThesaurus <openthesaurus.txt> <kb-content folder> [domain-words.txt ...]");
            System.exit(2);
        }
        var vocabulary = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of(args[1]))) {
            for (var file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                var matcher = WORD.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    var word = matcher.group().toLowerCase(Locale.GERMAN);
                    if (word.length() >= 4 && !TOO_GENERAL.contains(word)) {
                        vocabulary.add(word);
                    }
                }
            }
        }
        for (int i = 2; i < args.length; i++) {
            for (var line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    vocabulary.add(line.strip().toLowerCase(Locale.GERMAN));
                }
            }
        }
        var rules = new TreeSet<String>();
        for (var line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            var group = new TreeSet<String>();
            for (var entry : line.split(";")) {
                var word = NOTE.matcher(entry).replaceAll("").strip().toLowerCase(Locale.GERMAN);
                if (WORD.matcher(word).matches() && word.length() >= 3) {
                    group.add(word);
                }
            }
            if (group.size() < 2 || group.size() > LARGEST_GROUP) {
                continue;
            }
            var targets = new ArrayList<String>();
            for (var word : group) {
                if (vocabulary.contains(word) && !TOO_GENERAL.contains(word)) {
                    targets.add(word);
                }
            }
            if (!targets.isEmpty()) {
                rules.add(String.join(", ", group) + " => " + String.join(", ", targets));
            }
        }
        var out = new StringBuilder();
        out.append("""
                # Synonyms from OpenThesaurus (https://www.openthesaurus.de), Copyright (C) 2003-2014 Daniel Naber
                # and the OpenThesaurus contributors, licensed under the GNU Lesser General Public License 2.1 or
                # later (see /usr/share/common-licenses/LGPL-2.1 or https://www.gnu.org/licenses/lgpl-2.1.html).
                # Converted from the Debian package openthesaurus-de-text by
                # src/build/thesaurus/ConvertOpenThesaurus.java (see there how to re-create this file);
                # only groups leading to words of the shipped FAQ or src/build/thesaurus/domain-words.txt.
                # Used at query time only, weighted below the typed word and below Hausdesk's own synonyms.
                """);
        rules.forEach(rule -> out.append(rule).append('\n'));
        System.out.print(out);
        System.err.println(rules.size() + " rules from " + vocabulary.size() + " words of the vocabulary");
    }
}
