package org.shopsuite.desktop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering is tested on the compiled classes (so a fully qualified name counts too): the client
 * knows no JavaFX, and ViewModels hold state and rules but never touch a Node or a window.
 */
@AnalyzeClasses(packages = "org.shopsuite.desktop", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule theClientKnowsNoJavaFx = noClasses()
            .that()
            .resideInAPackage("org.shopsuite.desktop.client..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.shopsuite.desktop.ui..");

    @ArchTest
    static final ArchRule viewModelsTouchNoNodes = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
            .orShould()
            .callMethod(javafx.application.Platform.class, "runLater", Runnable.class);

    @ArchTest
    static final ArchRule viewModelsLiveInTheirFeaturePackage = classes()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .resideInAPackage("org.shopsuite.desktop.ui.(*)..");
}
