package org.geoprospect;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of ARCHITECTURE.md, enforced on the compiled main classes: JavaFX only in ui,
 * ui never reaches the store, SQL only in store, personal fields only through privacy.
 */
class ArchitectureTest {
    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        // Import the main output folder itself: the test-class filter of ArchUnit recognises only the
        // standard target/test-classes layout, and builds may use another folder (-Dbuild.dir).
        mainClasses = new ClassFileImporter().importPath(mainClassesFolder());
    }

    private static java.nio.file.Path mainClassesFolder() {
        try {
            return java.nio.file.Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void mainClassesAreImported() {
        org.junit.jupiter.api.Assertions.assertTrue(mainClasses.containPackage("org.geoprospect.store"));
        org.junit.jupiter.api.Assertions.assertFalse(mainClasses.contain("org.geoprospect.ArchitectureTest"));
    }

    @Test
    void javafxIsUsedOnlyInTheUiPackage() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.geoprospect.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..");
        rule.check(mainClasses);
    }

    @Test
    void uiNeverTalksToTheStore() {
        ArchRule rule = noClasses().that().resideInAPackage("org.geoprospect.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.geoprospect.store..");
        rule.check(mainClasses);
    }

    @Test
    void jdbcIsUsedOnlyInTheStorePackage() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.geoprospect.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.h2gis..");
        rule.check(mainClasses);
    }

    @Test
    void modelDependsOnNothingButTheJdkAndJts() {
        ArchRule rule = noClasses().that().resideInAPackage("org.geoprospect.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.geoprospect.geo..", "org.geoprospect.store..", "org.geoprospect.io..",
                        "org.geoprospect.index..", "org.geoprospect.render..", "org.geoprospect.analysis..",
                        "org.geoprospect.privacy..", "org.geoprospect.tour..", "org.geoprospect.service..",
                        "org.geoprospect.cli..", "org.geoprospect.ui..");
        rule.check(mainClasses);
    }

    @Test
    void onlyTheUiAndTheLauncherStartTheDesktopApplication() {
        ArchRule rule = noClasses().that().resideInAnyPackage("org.geoprospect.cli..", "org.geoprospect.service..",
                        "org.geoprospect.store..", "org.geoprospect.render..", "org.geoprospect.io..")
                .should().dependOnClassesThat().resideInAPackage("org.geoprospect.ui..");
        rule.check(mainClasses);
    }

    /**
     * Personal fields reach a screen or a file only through privacy.ContactPolicy. The customer-file
     * readers/writers (io.csv) and the demo generator legitimately handle the raw file; every other
     * writer (io.export...) receives values the policy approved, never a HouseholdContact.
     */
    @Test
    void personalFieldsAreReadOnlyByTheStoreAndThePrivacyGate() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("org.geoprospect.store..", "org.geoprospect.privacy..",
                        "org.geoprospect.model..", "org.geoprospect.io.csv..", "org.geoprospect.demo..")
                .should(readPersonalFields());
        rule.check(mainClasses);
    }

    @Test
    void onlyThePrivacyGateReadsContactsFromTheStore() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("org.geoprospect.store..", "org.geoprospect.privacy..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.geoprospect.store.HouseholdContactRepository");
        rule.check(mainClasses);
    }

    @Test
    void exportWritersNeverSeeRawContacts() {
        ArchRule rule = noClasses().that().resideInAPackage("org.geoprospect.io.export..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.geoprospect.model.HouseholdContact");
        rule.check(mainClasses);
    }

    /** Calls to the accessors of HouseholdContact's personal fields (everything but the anonymous code). */
    private static ArchCondition<JavaClass> readPersonalFields() {
        return new ArchCondition<>("read personal fields of HouseholdContact") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                    boolean onContact = call.getTargetOwner().getName().equals("org.geoprospect.model.HouseholdContact");
                    String method = call.getName();
                    if (onContact && !method.equals("anonCode") && !method.equals("toString")
                            && !method.equals("<init>") && !method.equals("hashCode") && !method.equals("equals")) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }
}
