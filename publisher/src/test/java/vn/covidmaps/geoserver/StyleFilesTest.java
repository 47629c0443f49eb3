package vn.covidmaps.geoserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;

/**
 * Every {@code styles/*.sld} is valid SLD 1.0.0 (checked offline against the bundled OGC schema) and named
 * after its file, every layer's style has a file, and a style only names attributes its layer publishes.
 */
class StyleFilesTest {
    private static final String SLD_XSD = "/xsd/sld-1.0.0/sld/1.0.0/StyledLayerDescriptor.xsd";
    private static final String OGC = "http://www.opengis.net/ogc";
    private static final String SLD = "http://www.opengis.net/sld";
    private static final Path STYLES = Path.of("styles");
    private static final Path LAYERS = Path.of("layers");

    @Test
    void everyStyleIsValidSld100() throws IOException {
        List<Path> files = styleFiles();
        assertFalse(files.isEmpty(), "no *.sld files in " + STYLES.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            StyleValidator.validate(file).forEach(p -> problems.add(p.toString()));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyStyleIsNamedAfterItsFileAndHasATitle() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path file : styleFiles()) {
            String expected = file.getFileName().toString().replaceFirst("\\.sld$", "");
            Element style = (Element) parse(file).getElementsByTagNameNS(SLD, "UserStyle").item(0);
            String name = style == null ? null : childText(style, "Name");
            String title = style == null ? null : childText(style, "Title");
            if (!expected.equals(name)) {
                problems.add(file + ": UserStyle Name is " + name + ", expected " + expected);
            }
            if (title == null || title.isBlank()) {
                problems.add(file + ": UserStyle has no Title (legends show it)");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theSchemaRejectsAnInvalidStyle(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String misplaced = """
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld">
                  <NamedLayer><Name>x</Name><UserStyle><FeatureTypeStyle><Rule>
                    <PointSymbolizer><Graphic><Size>4</Size><Mark/></Graphic></PointSymbolizer>
                  </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
                </StyledLayerDescriptor>""";
        Path file = Files.writeString(dir.resolve("misplaced.sld"), misplaced);
        List<StyleValidator.StyleProblem> problems = StyleValidator.validate(file);
        assertFalse(problems.isEmpty(), "Mark after Size must be refused");
        assertEquals(3, problems.get(0).line(), "the problem is located: " + problems);
    }

    @Test
    void schemaLoadingNeverUsesTheNetwork() {
        assertThrows(IllegalStateException.class,
                () -> StyleValidator.NO_NETWORK.resolveResource(null, null, null, "http://schemas.opengis.net/x.xsd", null));
    }

    @Test
    void everyLayerStyleHasAFile() {
        List<String> missing = LayerCatalog.load(LAYERS).layers().stream()
                .map(LayerDefinition::style)
                .filter(style -> !Files.isRegularFile(STYLES.resolve(style + ".sld")))
                .toList();
        assertEquals(List.of(), missing, "styles referenced in layers/*.yaml without a styles/<name>.sld");
    }

    @Test
    void stylesUseOnlyPublishedAttributes() {
        assertEquals(List.of(), StyleValidator.check(STYLES, LayerCatalog.load(LAYERS)));
    }

    @Test
    void aStyleNamingAnUnpublishedAttributeIsReported(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        for (Path file : styleFiles()) {
            Files.copy(file, dir.resolve(file.getFileName()));
        }
        Path checkpoints = dir.resolve("checkpoints.sld");
        Files.writeString(checkpoints, Files.readString(checkpoints).replace(">checkpoint_name<", ">phone<"));
        List<StyleValidator.StyleProblem> problems = StyleValidator.check(dir, LayerCatalog.load(LAYERS));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().english().contains("[phone]"), problems.toString());
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** Text of the first direct child element with this SLD name, or null. */
    private static String childText(Element parent, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && SLD.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }

    private static List<Path> styleFiles() throws IOException {
        try (Stream<Path> files = Files.list(STYLES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sld")).sorted().toList();
        }
    }
}
