package org.hausdesk.kb.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.hausdesk.house.entity.House;
import org.hausdesk.ticket.entity.Category;

/**
 * What an author writes: everything of an article that a revision records. Its rules are constraints, checked where
 * an article is written ({@code Articles.create/edit}, the kb-content import), for the API and the editor alike.
 */
public record ArticleContent(@NotBlank @Size(max = TITLE_MAX) String title,
                             @Size(max = PROBLEM_MAX) String problem,
                             @NotBlank @Size(max = SOLUTION_MAX) String solution,
                             @NotNull Category category,
                             @Size(max = TAGS_MAX) List<@Size(max = TAG_MAX) String> tags,
                             String language, Visibility visibility,
                             @Pattern(regexp = House.SLUG_RULE, message = "the slug of a house") String house) {

    public static final int TITLE_MAX = 200;
    public static final int PROBLEM_MAX = 2000;
    public static final int SOLUTION_MAX = 50_000;
    public static final int TAGS_MAX = 20;
    public static final int TAG_MAX = 40;

    public ArticleContent {
        title = title == null ? null : title.strip();
        problem = problem == null || problem.isBlank() ? null : problem.strip();
        solution = solution == null ? null : solution.strip();
        tags = tags == null ? List.of() : tags.stream().filter(Objects::nonNull).map(t -> t.replace(",", " ").strip())
                .map(String::toLowerCase).filter(t -> !t.isEmpty()).distinct().toList();
        language = "en".equals(language) ? "en" : "de";
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
        house = house == null || house.isBlank() ? null : house.strip();
    }

    /** An article for all houses. */
    public ArticleContent(String title, String problem, String solution, Category category, List<String> tags,
                          String language, Visibility visibility) {
        this(title, problem, solution, category, tags, language, visibility, null);
    }

    String tagsColumn() {
        return tags.isEmpty() ? null : String.join(",", tags);
    }

    static List<String> tagsFrom(String column) {
        return column == null || column.isBlank() ? List.of() : List.of(column.split(","));
    }
}
