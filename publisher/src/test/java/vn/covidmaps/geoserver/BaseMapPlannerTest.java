package vn.covidmaps.geoserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The base map's styles travel in the jar, so StyleFilesTest does not see them: the same checks here. */
class BaseMapPlannerTest {
    @Test
    void theBaseMapStylesAreValidSld100AndLabelTheirOwnPoint(@TempDir Path dir) throws Exception {
        for (String layer : BaseMapPlanner.LAYERS) {
            Path file = dir.resolve(layer + ".sld");
            String sld = BaseMapPlanner.sld(layer);
            Files.writeString(file, sld);
            assertEquals(List.of(), StyleValidator.validate(file), layer);
            assertTrue(sld.contains("<Name>" + layer + "</Name>"), layer + " is named after its layer");
            // a polygon labelled tile by tile repeats its name on every tile; the label point is one per unit
            assertTrue(sld.contains("<Geometry><ogc:PropertyName>label_point</ogc:PropertyName></Geometry>"), layer);
        }
    }
}
