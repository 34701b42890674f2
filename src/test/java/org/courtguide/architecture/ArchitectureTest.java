package org.courtguide.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure that README's "Architecture" section describes, checked on the compiled classes so that it
 * stays that way: feature packages without cycles, the index below everything that serves pages, and no class that
 * reaches into a JAX-RS resource (resources are entry points; what they share lives in a service).
 */
class ArchitectureTest {

    private static final String ROOT = "org.courtguide";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..")
                .should()
                .beFreeOfCycles()
                .because("a cycle between features means neither can be changed or understood alone")
                .check(classes);
    }

    @Test
    void theSourceModelDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".source..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(featuresExcept("source"))
                .because("ingestion and every index implementation build on the source model")
                .check(classes);
    }

    @Test
    void theIndexKnowsNothingOfPagesOrQuestions() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".retrieval..", ROOT + ".knowledge..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        ROOT + ".web..",
                        ROOT + ".ask..",
                        ROOT + ".guides..",
                        ROOT + ".triage..",
                        ROOT + ".staff..",
                        ROOT + ".security..",
                        ROOT + ".conversation..",
                        ROOT + ".disclosure..",
                        ROOT + ".exit..",
                        ROOT + ".feedback..",
                        ROOT + ".help..")
                .because("pages sit above services, services above the index")
                .check(classes);
    }

    @Test
    void nothingDependsOnAResource() {
        classes()
                .should(notDependOnAnotherResource())
                .because("a resource is an entry point; what two of them share belongs in a service")
                .check(classes);
    }

    private static String[] featuresExcept(String allowed) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT).stream()
                        .map(JavaClass::getPackageName)
                        .filter(p -> p.startsWith(ROOT + "."))
                        .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
                        .filter(p -> !p.equals(allowed))
                        .distinct()
                        .map(p -> ROOT + "." + p + "..")
                        .toArray(String[]::new);
    }

    private static ArchCondition<JavaClass> notDependOnAnotherResource() {
        return new ArchCondition<>("not depend on another JAX-RS resource") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (isResource(target) && !outermost(target).equals(outermost(origin))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    /** A class annotated with {@code @Path}, or a class nested in one (its request and response records). */
    private static boolean isResource(JavaClass c) {
        return outermost(c).isAnnotatedWith(Path.class);
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
