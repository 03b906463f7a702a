package org.foiplatform.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * contracts is the only code the services share: it stays free of any framework, database or broker, and
 * of every service's code. Jackson is allowed (the codec); nothing else.
 */
class ArchitectureTest {

    @Test
    void contracts_depends_on_no_framework_and_no_service() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.foiplatform.contracts");
        noClasses().that().resideInAPackage("org.foiplatform.contracts..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.persistence..", "javax.inject..", "javax.ws..", "javax.enterprise..", "javax.transaction..", "javax.annotation..", "io.quarkus..",
                        "io.smallrye..", "io.vertx..", "io.netty..", "org.hibernate..", "org.apache.kafka..",
                        "org.jboss..", "org.eclipse..", "java.sql..", "org.postgresql..", "org.flywaydb..",
                        "io.micrometer..", "org.foiplatform.intake..", "org.foiplatform.assessment..",
                        "org.foiplatform.response..", "org.foiplatform.notification..", "org.foiplatform.messaging..")
                .allowEmptyShould(false)
                .check(classes);
    }
}
