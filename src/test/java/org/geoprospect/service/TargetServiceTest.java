package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.geoprospect.analysis.criteria.ContactHistory;
import org.geoprospect.analysis.criteria.Criteria;
import org.geoprospect.analysis.selection.ShapeSpec;
import org.geoprospect.analysis.definition.TargetDefinition;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved targets through a real project: save, re-import, run again, list, rename, delete, errors. */
class TargetServiceTest {
    private static final String HEADER = "anon_code,lon,lat,commune_insee,interests,household_size,age_band,income_band,"
            + "consent_email,consent_email_date,consent_sms,consent_sms_date,consent_phone,consent_phone_date,consent_postal,"
            + "consent_source,last_contact_date";
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 10, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Path project;
    private final TargetService targets = new TargetService(CLOCK, ObjectionSource.NONE, ContactHistory.NONE);
    private final TargetDefinition bikesByEmail = TargetDefinition.of(List.of(),
            Criteria.builder().interestsAny(List.of("mountain_bike")).consentChannels(List.of("email")).build(), null);

    @BeforeEach
    void createProject() throws Exception {
        project = dir.resolve("p");
        new ProjectService().create(project, false, ProgressMonitor.NONE);
    }

    /** Households near Cholet: {@code matching} with mountain_bike and email consent, {@code others} without. */
    private void importHouseholds(String prefix, int matching, int others) throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < matching + others; i++) {
            boolean match = i < matching;
            lines.add(String.format(java.util.Locale.ROOT, "%s%03d,%.5f,47.06,49099,%s,2,35-44,B,%s,,false,,false,,false,,",
                    prefix, i, -0.88 + i * 0.001, match ? "mountain_bike|picnic" : "picnic", match ? "true" : "false"));
        }
        Path csv = Files.write(dir.resolve(prefix + ".csv"), lines, StandardCharsets.UTF_8);
        CsvImportSummary summary = new ImportService().importCustomers(project, CustomerFileKind.HOUSEHOLDS, csv, null, null,
                ProgressMonitor.NONE);
        assertEquals(0, summary.rejected(), "fixture rows must import");
    }

    @Test
    void aSavedTargetRerunsOnUpdatedData() throws Exception {
        importHouseholds("A", 5, 3);
        assertEquals(new TargetCounts("vtt", 5, 0), targets.save(project, "vtt", bikesByEmail, ProgressMonitor.NONE));
        importHouseholds("B", 4, 2);
        assertEquals(new TargetCounts("vtt", 9, 0), targets.run(project, "vtt", ProgressMonitor.NONE));
        assertEquals(bikesByEmail, targets.show(project, "vtt").definition());
    }

    @Test
    void listRenameDelete() throws Exception {
        importHouseholds("A", 1, 1);
        targets.save(project, "b", bikesByEmail, ProgressMonitor.NONE);
        targets.save(project, "a", TargetDefinition.of(List.of(), Criteria.NONE, null), ProgressMonitor.NONE);
        assertEquals(List.of("a", "b"), targets.list(project).stream().map(SavedTargetInfo::name).toList());
        targets.rename(project, "b", "c");
        assertEquals(List.of("a", "c"), targets.list(project).stream().map(SavedTargetInfo::name).toList());
        assertEquals(2, targets.run(project, "a", ProgressMonitor.NONE).households());
        targets.delete(project, "a");
        assertEquals(List.of("c"), targets.list(project).stream().map(SavedTargetInfo::name).toList());
    }

    @Test
    void errorsAreOneSentence() throws Exception {
        importHouseholds("A", 1, 1);
        targets.save(project, "t", bikesByEmail, ProgressMonitor.NONE);
        UserFacingException duplicate = assertThrows(UserFacingException.class,
                () -> targets.save(project, "t", bikesByEmail, ProgressMonitor.NONE));
        assertTrue(duplicate.getMessage().startsWith("A target named 't' already exists"), duplicate.getMessage());
        UserFacingException unknown = assertThrows(UserFacingException.class, () -> targets.run(project, "nope", ProgressMonitor.NONE));
        assertEquals("The project has no saved target named 'nope'; its targets are: t.", unknown.getMessage());
        assertThrows(UserFacingException.class, () -> targets.delete(project, "nope"));
        targets.save(project, "u", bikesByEmail, ProgressMonitor.NONE);
        assertThrows(UserFacingException.class, () -> targets.rename(project, "t", "u"));
        UserFacingException interest = assertThrows(UserFacingException.class, () -> targets.save(project, "v",
                TargetDefinition.of(List.of(), Criteria.builder().interestsAny(List.of("vtt")).build(), null), ProgressMonitor.NONE));
        assertTrue(interest.getMessage().startsWith("Unknown interest 'vtt'"), interest.getMessage());
        assertThrows(UserFacingException.class, () -> targets.save(project, "w",
                TargetDefinition.of(List.of(ShapeSpec.aroundCompetitor("K1", 10)), Criteria.NONE, null), ProgressMonitor.NONE));
        assertEquals(List.of("t", "u"), targets.list(project).stream().map(SavedTargetInfo::name).toList(),
                "a definition that cannot run is not saved");
    }
}
