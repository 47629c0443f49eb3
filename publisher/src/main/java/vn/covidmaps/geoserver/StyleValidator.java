package vn.covidmaps.geoserver;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.text.SecureXml;
import vn.covidmaps.text.Text;

/**
 * Checks the SLD files before anything is uploaded: each layer's style exists, is valid against the
 * bundled OGC SLD 1.0.0 schema (no network), and names only attributes its layer publishes.
 */
public final class StyleValidator {
    static final String SLD_XSD = "/xsd/sld-1.0.0/sld/1.0.0/StyledLayerDescriptor.xsd";
    private static final String OGC = "http://www.opengis.net/ogc";

    /** One problem in a style file; {@code line} is 0 when it concerns the whole file. */
    public record StyleProblem(Path file, int line, Text message) {
    }

    /** Refuses anything that would leave the machine; the bundled (file:, jar:) schemas load as usual. */
    static final LSResourceResolver NO_NETWORK = (type, namespace, publicId, systemId, baseUri) -> {
        // a relative import inside the bundled schemas stays local (URI.resolve cannot resolve against jar: URIs)
        String target = URI.create(String.valueOf(systemId)).getScheme() != null || baseUri == null ? String.valueOf(systemId) : baseUri;
        String scheme = String.valueOf(URI.create(target).getScheme());
        if (!scheme.equals("file") && !scheme.equals("jar")) {
            throw new IllegalStateException("schema validation tried to load " + target + " (no network allowed)");
        }
        return null;
    };

    private static volatile Schema schema;

    private StyleValidator() {
    }

    /** Every problem of every layer's style in {@code stylesDir}. */
    public static List<StyleProblem> check(Path stylesDir, LayerCatalog catalog) {
        List<StyleProblem> problems = new ArrayList<>();
        for (LayerDefinition layer : catalog.layers()) {
            Path file = stylesDir.resolve(layer.style() + ".sld");
            if (!Files.isRegularFile(file)) {
                problems.add(new StyleProblem(file, 0, Text.of("style.missing", layer.name(), layer.style())));
                continue;
            }
            List<StyleProblem> invalid = validate(file);
            problems.addAll(invalid);
            if (invalid.isEmpty()) {
                Set<String> unknown = propertyNames(file);
                unknown.removeAll(layer.publish());
                unknown.remove("geom");
                if (!unknown.isEmpty()) {
                    problems.add(new StyleProblem(file, 0, Text.of("style.unknownAttributes", unknown, layer.name())));
                }
            }
        }
        return problems;
    }

    /** Schema validation of one file, reporting line numbers. */
    public static List<StyleProblem> validate(Path file) {
        List<StyleProblem> problems = new ArrayList<>();
        Validator validator = schema().newValidator();
        validator.setResourceResolver(NO_NETWORK);
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not make a style unusable
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(new StyleProblem(file, e.getLineNumber(), Text.of("style.schema", e.getMessage())));
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            validator.validate(new StreamSource(file.toFile()));
        } catch (SAXParseException e) {
            if (problems.isEmpty()) {
                problems.add(new StyleProblem(file, e.getLineNumber(), Text.of("style.schema", e.getMessage())));
            }
        } catch (SAXException | IOException e) {
            problems.add(new StyleProblem(file, 0, Text.of("style.schema", e.getMessage())));
        }
        return problems;
    }

    private static Schema schema() {
        if (schema == null) {
            try {
                URL entry = StyleValidator.class.getResource(SLD_XSD);
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setResourceResolver(NO_NETWORK);
                schema = factory.newSchema(entry);
            } catch (SAXException e) {
                throw new IllegalStateException("the bundled SLD 1.0.0 schema does not load", e);
            }
        }
        return schema;
    }

    private static Set<String> propertyNames(Path file) {
        try {
            NodeList names = SecureXml.documentBuilder().parse(file.toFile()).getElementsByTagNameNS(OGC, "PropertyName");
            Set<String> result = new TreeSet<>();
            for (int i = 0; i < names.getLength(); i++) {
                result.add(names.item(i).getTextContent().trim());
            }
            return result;
        } catch (Exception e) {
            throw new CovidMapsException(ErrorCode.STYLE, Text.of("style.didNotParse", file, String.valueOf(e.getMessage())), e);
        }
    }
}
