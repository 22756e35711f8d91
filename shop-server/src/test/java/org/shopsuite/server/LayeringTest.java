package org.shopsuite.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The server's layers only call downwards: http -> service -> db; the rules hold in every feature package. */
@AnalyzeClasses(packages = "org.shopsuite.server", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule dbKnowsNoServiceAndNoHttp = noClasses()
            .that()
            .resideInAPackage("org.shopsuite.server.db..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.shopsuite.server.service..", "org.shopsuite.server.http..", "io.javalin..");

    @ArchTest
    static final ArchRule serviceKnowsNoJavalinAndNoHttp = noClasses()
            .that()
            .resideInAPackage("org.shopsuite.server.service..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "org.shopsuite.server.http..");

    @ArchTest
    static final ArchRule onlyTheDbLayerOpensConnections = noClasses()
            .that()
            .resideInAPackage("org.shopsuite.server.service..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.jdbi.v3.core..", "java.sql..", "org.sqlite..");

    /** A package per aggregate (ADR 12): features may use each other, but never in a circle. */
    @ArchTest
    static final ArchRule serviceFeaturesHaveNoCycles =
            slices().matching("org.shopsuite.server.service.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule dbFeaturesHaveNoCycles =
            slices().matching("org.shopsuite.server.db.(*)..").should().beFreeOfCycles();
}
