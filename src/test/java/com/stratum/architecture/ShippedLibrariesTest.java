package com.stratum.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shaded jar leaves out Tablesaw and the libraries only it pulls in (pom.xml, shade
 * {@code artifactSet}), which makes the app image 30 MB smaller; code using them would compile and
 * then fail at run time with NoClassDefFoundError, so this rule fails first.
 */
@AnalyzeClasses(packages = "com.stratum", importOptions = ImportOption.DoNotIncludeTests.class)
class ShippedLibrariesTest {

    @ArchTest
    static final ArchRule noLibraryLeftOutOfTheJar = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("tech.tablesaw..", "it.unimi.dsi.fastutil..",
                    "com.ibm.icu..", "org.roaringbitmap..", "com.univocity..", "io.github.classgraph..",
                    "com.google.common..", "com.google.errorprone..", "org.checkerframework..")
            .because("these are not in the shaded jar (pom.xml shade artifactSet excludes)");
}
