package org.hausdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The components depend one way. Each component's {@code package-info.java} says what it may use; this test is the
 * same table, and fails when a class imports what its component may not use. Components are listed from the bottom
 * up: each may use only components listed before it (never all of them), none may use {@code app}.
 */
class ArchitectureTest {

    private static final String ROOT = "org.hausdesk";

    /** Component → the components it may use (besides itself). */
    static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("platform", List.of());
        MAY_USE.put("web", List.of("platform"));
        MAY_USE.put("house", List.of("platform", "web"));
        MAY_USE.put("account", List.of("platform", "web", "house"));
        MAY_USE.put("ticket", List.of("platform", "web", "house", "account"));
        MAY_USE.put("privacy", List.of("platform", "web", "house", "account", "ticket"));
        MAY_USE.put("kb", List.of("platform", "web", "house", "account", "ticket", "privacy"));
        MAY_USE.put("notify", List.of("platform", "house", "account", "ticket", "privacy"));
        MAY_USE.put("search", List.of("platform", "web", "house", "account", "ticket", "privacy", "kb"));
        MAY_USE.put("onboarding", List.of("platform", "web", "house", "account", "ticket", "privacy"));
        MAY_USE.put("app", List.of("platform", "web", "house", "account", "ticket", "privacy", "kb", "notify", "search",
                "onboarding"));
    }

    private static JavaClasses hausdesk;

    @BeforeAll
    static void importClasses() {
        hausdesk = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void everyComponentIsInTheTable() {
        var components = hausdesk.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0]).distinct().sorted().toList();
        org.junit.jupiter.api.Assertions.assertEquals(MAY_USE.keySet().stream().sorted().toList(), components,
                "a new component needs its line in MAY_USE and in its package-info.java");
    }

    @Test
    void noCyclesBetweenComponents() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(hausdesk);
    }

    @TestFactory
    Stream<DynamicTest> eachComponentUsesOnlyWhatItMay() {
        return MAY_USE.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            var forbidden = MAY_USE.keySet().stream()
                    .filter(other -> !other.equals(entry.getKey()) && !entry.getValue().contains(other))
                    .map(other -> ROOT + "." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(ROOT + "." + entry.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .because(entry.getKey() + " may use only " + entry.getValue())
                    .check(hausdesk);
        }));
    }

    @Test
    void platformImportsNoDomainComponent() {
        var domain = MAY_USE.keySet().stream().filter(c -> !c.equals("platform")).map(c -> ROOT + "." + c + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(domain)
                .because("the platform is what every component builds on")
                .check(hausdesk);
    }

    @Test
    void entitiesImportNoBoundaryOrControl() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..")
                .check(hausdesk);
    }

    @Test
    void controlImportsNoBoundary() {
        noClasses().that().resideInAPackage("..control..")
                .should().dependOnClassesThat().resideInAPackage("..boundary..")
                .check(hausdesk);
    }

    @Test
    void aComponentsBoundaryUsesNoOtherComponentsBoundary() {
        for (var component : MAY_USE.keySet()) {
            var others = MAY_USE.keySet().stream().filter(o -> !o.equals(component) && !o.equals("platform"))
                    .map(o -> ROOT + "." + o + ".boundary..").toArray(String[]::new);
            noClasses().that().resideInAPackage(ROOT + "." + component + ".boundary..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true) // e.g. web has no boundary package
                    .check(hausdesk);
        }
    }

    @Test
    void notifyAndSearchAreHeardThroughEventsNotCalled() {
        for (var component : List.of("notify", "search")) {
            classes().that().resideInAPackage(ROOT + "." + component + ".control..")
                    .should().onlyHaveDependentClassesThat().resideInAnyPackage(ROOT + "." + component + "..")
                    .because(component + " hears CDI events; a page that needs it uses a bean of its boundary")
                    .check(hausdesk);
        }
    }
}
