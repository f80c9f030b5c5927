package org.geoprospect.ui.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.geoprospect.ui.Messages;
import org.junit.jupiter.api.Test;

/** The tour's totals and tab titles read well in both languages, one or many. */
class TourMessagesTest {
    @Test
    void totalsAgreeInNumberInEnglishAndFrench() {
        Messages en = Messages.forLocale(Locale.ENGLISH);
        Messages fr = Messages.forLocale(Locale.FRENCH);
        assertEquals("1 stop · 1 day · 5.0 km · 2.1 h (straight line × detour)", en.get("tour.summary", 1, 1, 5.0, 2.125));
        assertEquals("25 stops · 2 days · 1,234.5 km · 12.6 h (straight line × detour)", en.get("tour.summary", 25, 2, 1234.5, 12.6));
        assertEquals("25 étapes · 1 jour · 4,7 km · 12,6 h (vol d'oiseau × détour)", fr.get("tour.summary", 25, 1, 4.7, 12.6));
        assertEquals("Jour 2 · 8 étapes · retour 13:02", fr.get("tour.dayTab", 2, 8, "13:02"));
        assertEquals("Day 1 · 1 stop · back 09:40", en.get("tour.dayTab", 1, 1, "09:40"));
        assertEquals("Tour pack written to /t/p: 22 stops, 1 day, 2 PDF pages, as planned here.",
                en.get("tour.exported", "/t/p", 22, 1, 2));
        assertEquals("Dossier de tournée écrit dans /t/p : 1 étape, 1 jour, 2 pages PDF, tel que planifié ici.",
                fr.get("tour.exported", "/t/p", 1, 1, 2));
        assertEquals("42 stops chosen: 11 left out by the contact policy, none without name or address on the sheet "
                + "(found by commune and position).", en.get("tour.policy.summary", 42, 11, 0));
        assertEquals("1 étape choisie : aucune écartée par la politique de contact, 1 sans nom ni adresse sur la "
                + "feuille (repérées par commune et position).", fr.get("tour.policy.summary", 1, 0, 1));
        assertEquals("25 stops · 1 day · 15.2 km · 7.4 h (straight line × detour: the roads layer does not reach these "
                + "stops closely enough)", en.get("tour.summary.roadsSetAside", 25, 1, 15.2, 7.4));
    }
}
