package org.geoprospect.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every interest code has a word in English and in French; lists read as words. */
class InterestLabelsTest {
    @Test
    void everyCodeHasItsOwnWordInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            InterestLabels labels = InterestLabels.forLocale(locale);
            for (String code : Interests.VOCABULARY) {
                // Without a word in the bundle the code would read as itself with spaces (all lower case).
                assertNotEquals(code.replace('_', ' '), labels.label(code), code + " has a word in " + locale);
            }
            assertEquals(Interests.VOCABULARY.size(),
                    Interests.VOCABULARY.stream().map(labels::label).distinct().count(), "one word per code in " + locale);
        }
    }

    @Test
    void listsReadAsWords() {
        assertEquals("Picnic, Mountain bike (VTT)", InterestLabels.forLocale(Locale.ENGLISH)
                .labels(List.of("picnic", "mountain_bike")));
        assertEquals("Pique-nique, VTT, Pêche", InterestLabels.forLocale(Locale.FRENCH)
                .labels(List.of("picnic", "mountain_bike", "fishing")));
        assertEquals("", InterestLabels.forLocale(Locale.FRENCH).labels(List.of()));
        assertEquals("kite surf", InterestLabels.forLocale(Locale.ENGLISH).label("kite_surf"), "a code from a newer file");
    }
}
