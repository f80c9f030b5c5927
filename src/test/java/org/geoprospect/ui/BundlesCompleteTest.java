package org.geoprospect.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 5, on the texts themselves: every bundle of the application (the window's, the
 * vocabularies', the tour pack's) has its English and French files with exactly the same keys; a French
 * text is not the English one left untranslated (but for the words both languages share); and every
 * key the code asks for by name exists.
 */
class BundlesCompleteTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    /** Texts that are the same words in French and English. */
    private static final Set<String> SAME_IN_BOTH = Set.of("GeoProspect", "Client", "Clients", "Code", "SMS", "E-mail",
            "Agriculture", "Construction", "Prospect", "Prospects", "Sectors", "Secteurs", "Total", "Description", "Orientation",
            "Marketing", "Date", "Nom", "Commune", "Communes", "Format", "Zoom", "Source", "Codes", "Rectangle", "Lasso",
            "Excel", "CSV", "PNG", "PDF", "Test", "Type", "Options", "Position", "Distance", "Population", "Action", "Actions",
            "Notes", "Note", "Camping", "Photographie", "Jardinage", "Cuisine", "Pique-nique", "Randonnée", "Pêche", "Bricolage",
            "Vin", "Course à pied", "Natation", "Lecture", "Musique", "Voyage", "Animaux",
            "Champions", "Max", "Min", "Km", "km", "OK", "Export", "Import", "Interest", "Interests", "Message", "Messages", "Style…", "Style",
            "‰ clients", "Shapefiles (*.shp)", "Commune (INSEE)", "Classes", "client", "Top", "longitude/latitude",
            "GeoJSON (*.geojson, *.json)", "Distances", "Triangle", "Points", "GeoProspect {0}", "prospect", "relation", "pixels", "Page", "A3 portrait", "A4 portrait", "PNG (image)",
            "{0,number,#} × {1,number,#} pixels");

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /** Every {@code X.properties} that has an {@code X_fr.properties} beside it. */
    private static List<Path> englishBundles() throws IOException {
        List<Path> bundles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            files.filter(f -> f.getFileName().toString().endsWith(".properties") && !f.getFileName().toString().contains("_"))
                    .filter(f -> Files.exists(f.resolveSibling(f.getFileName().toString().replace(".properties", "_fr.properties"))))
                    .sorted().forEach(bundles::add);
        }
        return bundles;
    }

    @Test
    void everyBundleHasItsFrenchTwinWithTheSameKeys() throws IOException {
        List<Path> bundles = englishBundles();
        assertTrue(bundles.size() >= 5, "the window's bundle and the vocabularies: " + bundles);
        for (Path english : bundles) {
            Path french = english.resolveSibling(english.getFileName().toString().replace(".properties", "_fr.properties"));
            assertEquals(new TreeSet<>(load(english).stringPropertyNames()), new TreeSet<>(load(french).stringPropertyNames()),
                    "keys of " + english + " and " + french);
        }
    }

    @Test
    void frenchTextsAreTranslated() throws IOException {
        List<String> untranslated = new ArrayList<>();
        for (Path english : englishBundles()) {
            Properties en = load(english);
            Properties fr = load(english.resolveSibling(english.getFileName().toString().replace(".properties", "_fr.properties")));
            for (String key : en.stringPropertyNames()) {
                String value = en.getProperty(key);
                boolean wordless = !value.matches(".*\\p{L}{3,}.*");
                if (value.equals(fr.getProperty(key)) && !wordless && !SAME_IN_BOTH.contains(value.strip())) {
                    untranslated.add(english.getFileName() + " " + key + "=" + value);
                }
            }
        }
        assertEquals(List.of(), untranslated, "French texts left in English");
    }

    @Test
    void everyKeyTheWindowAsksForByNameExists() throws IOException {
        Properties en = load(RESOURCES.resolve("org/geoprospect/ui/messages.properties"));
        // messages.get("key"…), m.get("key"…), context.messages().get("key"…), textOfKey.apply("key")
        Pattern call = Pattern.compile("(?:messages\\(\\)|messages|\\bm)\\.get\\(\"([a-zA-Z][\\w.\\-]*)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/geoprospect/ui"))) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(source));
                while (m.find()) {
                    // A key ending with a dot is completed at run time ("interest." + code): not checkable here.
                    if (!m.group(1).endsWith(".") && !en.containsKey(m.group(1))) {
                        missing.add(source.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "keys asked for that no bundle holds");
    }
}
