package com.stratum.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the layers of DESIGN.md apart: JavaFX only in ui, the engine free of SQL and of the UI. */
@AnalyzeClasses(packages = "com.stratum", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerArchitectureTest {

    @ArchTest
    static final ArchRule javafxOnlyInUi = noClasses()
            .that().resideOutsideOfPackages("com.stratum.ui..")
            .and().doNotHaveFullyQualifiedName("com.stratum.Launcher")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..", "org.jfree.chart.fx..")
            .because("the engine, imports, exports and CLI must run without a display");

    @ArchTest
    static final ArchRule engineIsPure = noClasses()
            .that().resideInAnyPackage("com.stratum.engine..", "com.stratum.features..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "com.stratum.ui..", "com.stratum.cli..",
                    "com.stratum.imports..", "com.stratum.exports..")
            .because("evaluating a definition is a pure function over the customer frame");

    @ArchTest
    static final ArchRule lowerLayersDoNotUseUiOrCli = noClasses()
            .that().resideInAnyPackage("com.stratum.workspace..", "com.stratum.imports..", "com.stratum.exports..",
                    "com.stratum.features..", "com.stratum.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("com.stratum.ui..", "com.stratum.cli..");

    @ArchTest
    static final ArchRule uiDoesNotTalkSql = noClasses()
            .that().resideInAPackage("com.stratum.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
            .because("views reach data through the workspace layer, never with SQL of their own");

    @ArchTest
    static final ArchRule noSystemOutOutsideCli = noClasses()
            .that().resideOutsideOfPackages("com.stratum.cli..")
            .and().doNotHaveFullyQualifiedName("com.stratum.Launcher")
            .should().accessField(System.class, "out")
            .because("only the CLI prints; everything else logs through slf4j");
}
