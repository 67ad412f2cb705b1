package org.hausdesk.kb.control;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.hausdesk.kb.entity.Article;
import org.hausdesk.kb.entity.ArticleContent;
import org.hausdesk.kb.entity.Visibility;
import org.hausdesk.ticket.entity.Category;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The kb-content file format: {@code <category>/<slug>.md}, a YAML front matter between two
 * {@code ---} lines ({@code title}, {@code category}, {@code tags}, {@code lang},
 * {@code visibility}, {@code updated}, optionally {@code problem}) and the solution as Markdown.
 */
public final class ArticleFiles {

    /** A file that cannot be imported, and why, in words a coordinator understands. */
    public static class BadFile extends Exception {
        public BadFile(String reason) {
            super(reason);
        }
    }

    /** One parsed file: where it belongs and what it says. */
    public record ParsedFile(String slug, @Valid ArticleContent content, String hash) {
    }

    private ArticleFiles() {
    }

    /**
     * @param folder the category folder the file lies in
     * @param fileName e.g. {@code messenger-android.md}
     */
    /** The folder of house articles: {@code haeuser/<house>/<slug>.md}. */
    public static final String HOUSES = "haeuser";

    /**
     * The article files of a kb-content folder: {@code <category>/<slug>.md} and the house articles
     * {@code haeuser/<house>/<slug>.md}, sorted; notes such as README.md next to the folders are not articles.
     */
    public static List<Path> articleFiles(Path root) {
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> {
                        var depth = root.relativize(p).getNameCount();
                        return depth == 2 && !root.relativize(p).getName(0).toString().equals(HOUSES)
                                || depth == 3 && root.relativize(p).getName(0).toString().equals(HOUSES);
                    }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the text of one of the {@link #articleFiles}: its folder is the category (for a house article, under
     * {@code haeuser/<house>/}, the house, and the category is the front matter's), its name the slug.
     */
    public static ParsedFile parse(Path file, String text) throws BadFile {
        var folder = file.getParent().getFileName().toString();
        var above = file.getParent().getParent();
        if (above != null && above.getFileName() != null && above.getFileName().toString().equals(HOUSES)) {
            return parse(null, folder, file.getFileName().toString(), text);
        }
        return parse(folder, null, file.getFileName().toString(), text);
    }

    public static ParsedFile parse(String folder, String fileName, String text) throws BadFile {
        return parse(folder, null, fileName, text);
    }

    /**
     * @param folder the category folder, or null for a house article
     * @param house  the house folder of a house article, or null
     */
    static ParsedFile parse(String folder, String house, String fileName, String text) throws BadFile {
        if (!fileName.endsWith(".md")) {
            throw new BadFile("not a Markdown file (.md)");
        }
        var slug = fileName.substring(0, fileName.length() - 3);
        if (!Article.SLUG.matcher(slug).matches()) {
            throw new BadFile("the file name must be 2-80 lower-case letters, digits or dashes, then .md");
        }
        var normalized = text.replace("\r\n", "\n").replace("\uFEFF", "");
        if (!normalized.startsWith("---\n")) {
            throw new BadFile("no front matter: the file must start with a line '---'");
        }
        int end = normalized.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new BadFile("the front matter is not closed by a line '---'");
        }
        Map<?, ?> front;
        try {
            var loaded = new Load(LoadSettings.builder().setLabel((folder != null ? folder : HOUSES + "/" + house) + "/" + fileName).build())
                    .loadFromString(normalized.substring(4, end));
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new BadFile("the front matter is not a list of 'key: value' lines");
            }
            front = map;
        } catch (YamlEngineException e) {
            throw new BadFile("broken front matter: " + e.getMessage().lines().findFirst().orElse("YAML error"));
        }
        var categoryName = text(front, "category", true);
        var category = Category.fromFolder(categoryName)
                .orElseThrow(() -> new BadFile("unknown category '%s'".formatted(categoryName)));
        if (house != null && !org.hausdesk.house.entity.House.SLUG.matcher(house).matches()) {
            throw new BadFile("the house folder '%s' is not a house's slug".formatted(house));
        }
        if (folder != null && !category.folder().equals(folder)) {
            throw new BadFile("category '%s' does not match the folder '%s'".formatted(categoryName, folder));
        }
        var visibility = switch (text(front, "visibility", false) == null ? "public"
                : text(front, "visibility", false).toLowerCase(Locale.ROOT)) {
            case "public" -> Visibility.PUBLIC;
            case "helpers" -> Visibility.HELPERS;
            default -> throw new BadFile("visibility must be 'public' or 'helpers'");
        };
        var language = text(front, "lang", false) == null ? "de" : text(front, "lang", false);
        if (!language.equals("de") && !language.equals("en")) {
            throw new BadFile("lang must be 'de' or 'en'");
        }
        var body = normalized.substring(end + 5).strip();
        if (body.isEmpty()) {
            throw new BadFile("the article has no text below the front matter");
        }
        return new ParsedFile(slug, new ArticleContent(text(front, "title", true), text(front, "problem", false), body,
                category, tags(front.get("tags")), language, visibility, house),
                // a file moved into (or out of) a house folder is a change, though its text is the same
                sha256(house == null ? normalized : HOUSES + "/" + house + "\n" + normalized));
    }

    /** The file an article is exported as; importing it again changes nothing. */
    public static String write(Article article, LocalDate updated) {
        var content = article.content();
        var front = new LinkedHashMap<String, Object>();
        front.put("title", content.title());
        front.put("category", content.category().folder());
        front.put("tags", content.tags());
        front.put("lang", content.language());
        front.put("visibility", content.visibility().name().toLowerCase(Locale.ROOT));
        front.put("updated", updated.toString());
        if (content.problem() != null) {
            front.put("problem", content.problem());
        }
        var yaml = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(1000).build())
                .dumpToString(front);
        return "---\n" + yaml + "---\n" + content.solution() + "\n";
    }

    public static String path(Article article) {
        return (article.house() != null ? HOUSES + "/" + article.house() : article.content().category().folder())
                + "/" + article.slug() + ".md";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Map<?, ?> front, String key, boolean required) throws BadFile {
        var value = front.get(key);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                throw new BadFile("'%s' is missing in the front matter".formatted(key));
            }
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new BadFile("'%s' must be a single value".formatted(key));
        }
        return value.toString().strip();
    }

    private static List<String> tags(Object value) throws BadFile {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            var tags = new ArrayList<String>();
            for (var tag : list) {
                tags.add(String.valueOf(tag));
            }
            return tags;
        }
        if (value instanceof String text) {
            return List.of(text.split(","));
        }
        throw new BadFile("tags must be a list, e.g. [handy, passwort]");
    }
}
