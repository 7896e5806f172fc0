package ai.insightpulse.odooops.lifecycle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The filestore and backup engines are plain Java over files: no database, no front end, no cycles. */
class FilestoreArchitectureTest {

    private final JavaClasses engines = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("ai.insightpulse.odooops.lifecycle.filestore", "ai.insightpulse.odooops.lifecycle.backup");

    @Test
    void theFileEnginesKnowNoDatabaseNorFrontEnd() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jooq..", "org.postgresql..",
                "ai.insightpulse.odooops.cli..", "ai.insightpulse.odooops.agent..", "picocli..").check(engines);
    }

    @Test
    void theirPackagesHaveNoCycles() {
        slices().matching("ai.insightpulse.odooops.lifecycle.(**)").should().beFreeOfCycles().check(engines);
    }
}
