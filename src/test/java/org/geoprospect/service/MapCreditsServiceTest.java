package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The map credits: the demo's data sources by default, the layers' names for another project, the user's text once saved. */
class MapCreditsServiceTest {
    private static final ResourceBundle EN = MapExportService.legendTexts(Locale.ENGLISH);
    private static final ResourceBundle FR = MapExportService.legendTexts(Locale.FRENCH);

    @Test
    void theDemoNamesItsSourcesInTheUsersLanguage() {
        String english = MapCreditsService.defaultCredits(DemoFiles.MAP_LAYERS, EN::getString);
        assertTrue(english.contains("GeoNames (geonames.org), CC BY 4.0") && english.contains("Licence Ouverte")
                && english.contains("synthetic"), english);
        String french = MapCreditsService.defaultCredits(List.of("communes", "roads", "railways", "sectors", "territory"), FR::getString);
        assertTrue(french.contains("GeoNames") && french.contains("synthétiques"), french);
    }

    @Test
    void anotherProjectStartsWithItsLayersNames() {
        assertEquals("Map layers: parcels, rivers. Customer data: the company’s own files.",
                MapCreditsService.defaultCredits(List.of("parcels", "rivers"), EN::getString));
        assertEquals("", MapCreditsService.defaultCredits(List.of(), EN::getString));
    }

    @Test
    void savedCreditsAreTheProjectsFromThenOn(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("p");
        new ProjectService().create(project, false, 2154, ProgressMonitor.NONE);
        MapCreditsService credits = new MapCreditsService();
        assertEquals("", credits.credits(project, EN::getString));
        credits.save(project, "  Cadastre: DGFiP, Licence Ouverte 2.0  ");
        assertEquals("Cadastre: DGFiP, Licence Ouverte 2.0", credits.credits(project, EN::getString));
    }
}
