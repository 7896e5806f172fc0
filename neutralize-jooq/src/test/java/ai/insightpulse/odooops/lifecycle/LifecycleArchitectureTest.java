package ai.insightpulse.odooops.lifecycle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle API sits on the engine, never under it; its internals are reached only through its public types,
 * and it knows no front end.
 */
class LifecycleArchitectureTest {

    private final JavaClasses library = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/jooq/internal/schema/"))
            .importPackages("ai.insightpulse.odooops.neutralize", "ai.insightpulse.odooops.lifecycle");

    @Test
    void lifecycleInternalsAreUsedOnlyByTheLifecycle() {
        noClasses().that().resideOutsideOfPackages("ai.insightpulse.odooops.lifecycle..")
                .should().dependOnClassesThat().resideInAPackage("ai.insightpulse.odooops.lifecycle.internal..")
                .check(library);
    }

    @Test
    void theEngineDoesNotDependOnTheLifecycle() {
        noClasses().that().resideInAPackage("ai.insightpulse.odooops.neutralize..")
                .should().dependOnClassesThat().resideInAPackage("ai.insightpulse.odooops.lifecycle..")
                .check(library);
    }

    @Test
    void theLifecycleKnowsNoFrontEnd() {
        noClasses().that().resideInAPackage("ai.insightpulse.odooops.lifecycle..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.insightpulse.odooops.cli..",
                        "ai.insightpulse.odooops.agent..", "picocli..", "io.undertow..")
                .check(library);
        // JSON is the front ends' business, except the manifest.json of an Odoo backup zip, which is input
        noClasses().that().resideInAPackage("ai.insightpulse.odooops.lifecycle..")
                .and().resideOutsideOfPackage("ai.insightpulse.odooops.lifecycle.backup..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(library);
    }
}
