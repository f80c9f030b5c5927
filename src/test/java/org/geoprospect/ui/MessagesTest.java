package org.geoprospect.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/geoprospect/ui/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchBundleHasExactlyTheEnglishKeys() throws IOException {
        assertEquals(load("messages.properties").keySet(), load("messages_fr.properties").keySet());
    }

    @Test
    void frenchLocaleGetsFrenchTexts() {
        assertEquals("Création du projet de démonstration…", Messages.forLocale(Locale.FRANCE).get("load.progress"));
        assertEquals("Creating the demo project…", Messages.forLocale(Locale.ENGLISH).get("load.progress"));
        assertEquals("Vue d'ensemble", Messages.forLocale(Locale.FRENCH).get("toolbar.fullExtent"));
    }

    @Test
    void argumentsAreFilledAndApostrophesKept() {
        assertEquals("Carte exportée dans /tmp/a.png", Messages.forLocale(Locale.FRENCH).get("status.exported", "/tmp/a.png"));
    }
}
