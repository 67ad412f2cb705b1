package org.hausdesk.kb.entity;

import java.util.List;
import java.util.Objects;
import org.hausdesk.platform.entity.InvalidInput;
import org.hausdesk.ticket.entity.Category;

/** What an author writes: everything of an article that a revision records. */
public record ArticleContent(String title, String problem, String solution, Category category, List<String> tags,
                             String language, Visibility visibility) {

    public ArticleContent {
        if (title == null || title.isBlank()) {
            throw new InvalidInput("An article needs a title");
        }
        if (solution == null || solution.isBlank()) {
            throw new InvalidInput("An article needs a solution");
        }
        title = title.strip();
        problem = problem == null || problem.isBlank() ? null : problem.strip();
        solution = solution.strip();
        Objects.requireNonNull(category);
        tags = tags == null ? List.of() : tags.stream().filter(Objects::nonNull).map(t -> t.replace(",", " ").strip())
                .map(String::toLowerCase).filter(t -> !t.isEmpty()).distinct().toList();
        language = "en".equals(language) ? "en" : "de";
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
    }

    String tagsColumn() {
        return tags.isEmpty() ? null : String.join(",", tags);
    }

    static List<String> tagsFrom(String column) {
        return column == null || column.isBlank() ? List.of() : List.of(column.split(","));
    }
}
