package org.geoprospect.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.LayerLook;
import org.geoprospect.render.points.PointLayers;
import org.geoprospect.service.MapContent;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.layers.LayerState;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * After an import the map shows the new content with each layer's look kept: the custom style, not
 * only what is drawn, so that the next edit saves the style the user made.
 */
class MapViewModelUpdateContentTest {
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    @Test
    void anImportKeepsEachLayersWholeLookAndHidesNothingNew() {
        try (MapViewModel map = new MapViewModel(Messages.forLocale(Locale.ENGLISH))) {
            map.setViewSize(400, 300);
            map.setContent(content(layer("sectors")));
            LayerState sectors = map.layersTopFirst().get(0);
            sectors.editRules(org.geoprospect.render.LayerSymbology.single(org.geoprospect.render.LayerStyle.polygon(
                    0x80445566, org.geoprospect.render.StrokeSpec.solid(0xFF112233, 3f))));
            sectors.opacityProperty().set(0.4);
            sectors.visibleProperty().set(false);
            LayerLook edited = sectors.look();

            map.updateContent(content(layer("sectors"), layer("iris")));

            LayerState kept = map.layersTopFirst().stream().filter(s -> s.name().equals("sectors")).findFirst().orElseThrow();
            assertEquals(edited, kept.look(), "style, opacity and labels survive the import");
            assertFalse(kept.visibleProperty().get());
            LayerState added = map.layersTopFirst().stream().filter(s -> s.name().equals("iris")).findFirst().orElseThrow();
            assertEquals(true, added.visibleProperty().get());
            assertFalse(added.look().edited(), "a new layer starts with its default style");
        }
    }

    private static MapContent content(VectorLayer... layers) {
        return new MapContent(2154, List.of(layers), new Envelope(0, 1000, 0, 1000), PointLayers.EMPTY);
    }

    private static VectorLayer layer(String name) {
        var square = GEOMETRIES.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(1000, 0),
                new Coordinate(1000, 1000), new Coordinate(0, 1000), new Coordinate(0, 0)});
        Envelope extent = new Envelope(0, 1000, 0, 1000);
        return new VectorLayer(new LayerInfo(name, GeometryKind.POLYGON, 1, 2154, extent, new Envelope(-1, 0, 45, 46)),
                List.of(new VectorFeature(1, square, Map.of())));
    }
}
