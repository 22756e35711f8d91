package org.shopsuite.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shared model is what every module builds on: it depends on nothing of ours, and on little else. */
@AnalyzeClasses(packages = "org.shopsuite", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule theModelDependsOnNothingOfOurs = classes()
            .that()
            .resideInAPackage("org.shopsuite.model..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("org.shopsuite.model..", "java..", "com.fasterxml.jackson..");
}
