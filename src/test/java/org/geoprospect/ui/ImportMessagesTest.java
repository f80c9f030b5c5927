package org.geoprospect.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.service.CustomerFileKind;
import org.geoprospect.service.LayerPreview;
import org.junit.jupiter.api.Test;

/** Every text key the UI asks for exists in both bundles, including the keys built from enum names. */
class ImportMessagesTest {
    private static final Pattern LITERAL_KEY = Pattern.compile("messages\\.get\\(\"([a-zA-Z0-9_.]+)\"");

    @Test
    void everyKeyUsedByTheUiExistsInEnglishAndFrench() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/geoprospect/ui"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(source));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(keys.size() > 50, "the scan found the UI's keys: " + keys.size());
        for (GeometryKind kind : GeometryKind.values()) {
            keys.add("geometry." + kind.name());
        }
        for (CustomerFileKind kind : CustomerFileKind.values()) {
            keys.add("kind." + kind.code());
        }
        for (String method : List.of("lon_lat", "projected_xy", "insee_code", "postal_code")) {
            keys.add("placement." + method);
        }
        for (LayerPreview.CrsEvidence evidence : LayerPreview.CrsEvidence.values()) {
            boolean required = evidence == LayerPreview.CrsEvidence.NO_PRJ || evidence == LayerPreview.CrsEvidence.UNRECOGNISED_PRJ;
            keys.add((required ? "import.crs.required." : "import.crs.evidence.") + evidence.name());
        }
        for (String separator : List.of("comma", "semicolon", "tab")) {
            keys.add("separator." + separator);
        }
        List<String> missing = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            Messages messages = Messages.forLocale(locale);
            for (String key : keys) {
                try {
                    messages.get(key);
                } catch (MissingResourceException e) {
                    missing.add(locale + ":" + key);
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }
}
