package org.geoprospect.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.VectorFeature;
import org.junit.jupiter.api.Test;

/** Graduated classes of a numeric field, on hand-made values whose classes are worked out in the comments. */
class GraduatedStylesTest {
    private static final LayerSymbology DOTS = LayerSymbology.single(LayerStyle.point(PointSymbol.CIRCLE, 6, 0xFF1F78B4, 0xFFFFFFFF));

    private static VectorFeature withValue(long id, Object value) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("n", value);
        return SyntheticMaps.feature(id, SyntheticMaps.point(id, 0), attributes);
    }

    /** Features with n = 1, 2, …, 10. */
    private static List<VectorFeature> oneToTen() {
        List<VectorFeature> features = new ArrayList<>();
        for (long v = 1; v <= 10; v++) {
            features.add(withValue(v, v));
        }
        return features;
    }

    /** The class index of each feature, in feature order. */
    private static List<Integer> classesOf(LayerSymbology rules, List<VectorFeature> features) {
        return features.stream().map(rules::classIndexOf).toList();
    }

    @Test
    void equalIntervalsCutTheRangeIntoEqualWidths() {
        // 1..10 in 5 classes: width (10 − 1) / 5 = 1.8, bounds 1, 2.8, 4.6, 6.4, 8.2, 10; the last class takes 10.
        List<VectorFeature> features = oneToTen();
        LayerSymbology rules = GraduatedStyles.graduate(DOTS, GeometryKind.POINT, features, "n", 5,
                GraduatedStyles.Method.EQUAL_INTERVALS);
        assertEquals(List.of(0, 0, 1, 1, 2, 2, 3, 3, 4, 4), classesOf(rules, features));
        assertEquals("1 – 2.8", rules.classes().get(0).legendLabel());
        assertEquals("8.2 – 10", rules.classes().get(4).legendLabel());
        assertTrue(rules.graduated());
    }

    @Test
    void quantilesPutAboutAsManyFeaturesInEachClass() {
        // 10 sorted values in 4 classes: bounds at ranks 10·k/4 = 2, 5, 7 (0-based), i.e. the values 3, 6, 8:
        // [1, 3) = {1, 2}, [3, 6) = {3, 4, 5}, [6, 8) = {6, 7}, [8, 10] = {8, 9, 10}.
        List<VectorFeature> features = oneToTen();
        LayerSymbology rules = GraduatedStyles.graduate(DOTS, GeometryKind.POINT, features, "n", 4,
                GraduatedStyles.Method.QUANTILES);
        assertEquals(List.of(0, 0, 1, 1, 1, 2, 2, 3, 3, 3), classesOf(rules, features));
        int[] ylOrRd4 = GraduatedStyles.colours(4);
        for (int i = 0; i < 4; i++) {
            assertEquals(ylOrRd4[i], rules.classes().get(i).style().pointFill(), "pale for low values, dark for high");
            assertEquals(PointSymbol.CIRCLE, rules.classes().get(i).style().pointSymbol(), "the base marker is kept");
        }
    }

    @Test
    void equalValuesMakeOneClassAndValuesThatAreNoNumberKeepTheBaseStyle() {
        // Quantile bounds of {1, 1, 1, 1, 5} at ranks 1, 2, 3 are all 1: one class [1, 5].
        List<VectorFeature> features = new ArrayList<>(List.of(withValue(1, 1L), withValue(2, 1L), withValue(3, 1L),
                withValue(4, 1L), withValue(5, 5L)));
        features.add(withValue(6, null));
        features.add(withValue(7, "not a number"));
        LayerSymbology rules = GraduatedStyles.graduate(DOTS, GeometryKind.POINT, features, "n", 4,
                GraduatedStyles.Method.QUANTILES);
        assertEquals(1, rules.classes().size());
        assertEquals(List.of(0, 0, 0, 0, 0, 1, 1), classesOf(rules, features));
        assertEquals(DOTS.defaultStyle(), rules.styleOfClass(1));
    }

    @Test
    void onlyFieldsOfNumbersAreNumeric() {
        assertTrue(GraduatedStyles.isNumeric(oneToTen(), "n"));
        assertTrue(GraduatedStyles.isNumeric(List.of(withValue(1, 2.5), withValue(2, null)), "n"), "blanks are allowed");
        assertFalse(GraduatedStyles.isNumeric(List.of(withValue(1, 2L), withValue(2, "49007")), "n"),
                "a code stored as text is not a quantity");
        assertFalse(GraduatedStyles.isNumeric(List.of(withValue(1, null)), "n"), "no value at all");
        assertThrows(IllegalArgumentException.class, () -> GraduatedStyles.graduate(DOTS, GeometryKind.POINT,
                List.of(withValue(1, "x")), "n", 3, GraduatedStyles.Method.QUANTILES));
        assertThrows(IllegalArgumentException.class, () -> GraduatedStyles.graduate(DOTS, GeometryKind.POINT,
                oneToTen(), "n", 8, GraduatedStyles.Method.QUANTILES));
    }
}
