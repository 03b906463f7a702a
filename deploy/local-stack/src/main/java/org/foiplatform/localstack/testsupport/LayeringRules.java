package org.foiplatform.localstack.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layering every service keeps: a domain with no framework, domain and application code that
 * never reach into infrastructure, and no use of another service's code. Each rule fails if the package it names has no classes, so a rule
 * can never pass by looking at nothing.
 */
public final class LayeringRules {

    private LayeringRules() {
    }

    private static final List<String> SERVICES = List.of("intake", "assessment", "response", "notification");

    public static void check(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        noClasses().that().resideInAPackage(servicePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "io.smallrye..",
                        "io.vertx..", "org.hibernate..", "com.fasterxml..", "org.eclipse..", "org.apache.kafka..",
                        "org.jboss..", "java.sql..", "javax.sql..", "org.postgresql..", "org.flywaydb..",
                        "io.micrometer..", "io.netty..", "io.agroal..")
                .allowEmptyShould(false)
                .check(classes);
        noClasses().that().resideInAnyPackage(servicePackage + ".domain..", servicePackage + ".application..")
                .should().dependOnClassesThat().resideInAPackage(servicePackage + ".infrastructure..")
                .allowEmptyShould(false)
                .check(classes);
        // No service uses another's code: what it needs from another arrives as an event (contracts).
        String[] otherServices = SERVICES.stream().map(s -> "org.foiplatform." + s + "..")
                .filter(other -> !other.equals(servicePackage + ".."))
                .toArray(String[]::new);
        noClasses().that().resideInAPackage(servicePackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(otherServices)
                .allowEmptyShould(false)
                .check(classes);
    }
}
