package org.foiplatform.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.foiplatform.intake");

    @Test
    void the_domain_uses_no_framework() {
        noClasses().that().resideInAPackage("..intake.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "io.smallrye..",
                        "org.hibernate..", "com.fasterxml..", "org.eclipse..", "org.apache.kafka..")
                .check(classes);
    }

    @Test
    void the_domain_and_application_do_not_reach_into_infrastructure() {
        noClasses().that().resideInAnyPackage("..intake.domain..", "..intake.application..")
                .should().dependOnClassesThat().resideInAPackage("..intake.infrastructure..")
                .check(classes);
    }
}
