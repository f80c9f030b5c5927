package org.geoprospect.analysis.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.geoprospect.analysis.criteria.Criteria;
import org.geoprospect.analysis.huff.HuffParameters;
import org.geoprospect.analysis.selection.SelectionOp;
import org.geoprospect.analysis.selection.ShapeSpec;
import org.junit.jupiter.api.Test;

class TargetDefinitionJsonTest {
    @Test
    void roundTripKeepsEveryField() {
        TargetDefinition definition = TargetDefinition.of(
                List.of(ShapeSpec.aroundCompetitor("K3", 10), ShapeSpec.polygon("POLYGON((0 0, 1 0, 1 1, 0 0))").as(SelectionOp.INTERSECT),
                        ShapeSpec.rectangle(-1, 47, -0.5, 47.5).as(SelectionOp.SUBTRACT)),
                Criteria.builder().interestsAny(List.of("mountain_bike")).consentChannels(List.of("email"))
                        .notContactedDays(60).competitorKm(null, 12.5).phoneRules(true).lastOrderMonthsAgo(6).build(),
                HuffParameters.DEFAULT.withDistanceDecay(1.5));
        String json = TargetDefinitionJson.write(definition);
        assertTrue(json.contains("\"schemaVersion\" : 1"), json);
        assertFalse(json.contains("null"), "empty fields are left out: " + json);
        assertEquals(definition, TargetDefinitionJson.read(json, "t"));
    }

    @Test
    void aMapSelectionTravelsAtVersionTwoAndWithoutOneAVersionOneFileStaysReadable() {
        TargetDefinition limited = TargetDefinition.of(List.of(), Criteria.NONE, null,
                List.of(ShapeSpec.rectangle(-0.6, 47.4, -0.5, 47.5), ShapeSpec.sector("S03").as(SelectionOp.SUBTRACT)));
        String json = TargetDefinitionJson.write(limited);
        assertTrue(json.contains("\"schemaVersion\" : 2"), json);
        assertTrue(json.contains("\"selection\""), json);
        assertEquals(limited, TargetDefinitionJson.read(json, "t"));
        assertEquals(1, limited.withoutSelection().schemaVersion(), "without a selection, earlier versions can read it");
        assertEquals(TargetDefinition.of(List.of(), Criteria.NONE, null),
                TargetDefinitionJson.read("{\"schemaVersion\": 1}", "old"), "a version 1 file reads with no selection");
    }

    @Test
    void newerSchemaAndGarbageAreOneSentence() {
        IllegalArgumentException newer = assertThrows(IllegalArgumentException.class,
                () -> TargetDefinitionJson.read("{\"schemaVersion\": 3}", "t"));
        assertTrue(newer.getMessage().contains("schema version 3"), newer.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TargetDefinitionJson.read("{\"schemaVersion\": 1, \"bogus\": 3}", "t"));
        assertThrows(IllegalArgumentException.class, () -> TargetDefinitionJson.read("not json", "t"));
    }
}
