package vn.covidmaps.geoserver;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import vn.covidmaps.config.ConfigurationException;

/**
 * Styles are stored raw on GeoServer (so that they can be compared byte for byte), which means GeoServer
 * does not parse them on upload: check here that each file is a well-formed SLD 1.0.0 document.
 */
final class SldCheck {
    private static final String SLD_NAMESPACE = "http://www.opengis.net/sld";

    private SldCheck() {
    }

    static void check(Path file, String body) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(body))).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new ConfigurationException(file + " is not well-formed XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        if (!"StyledLayerDescriptor".equals(root.getLocalName()) || !SLD_NAMESPACE.equals(root.getNamespaceURI())
                || !"1.0.0".equals(root.getAttribute("version"))) {
            throw new ConfigurationException(file + " is not an SLD 1.0.0 document (<StyledLayerDescriptor version=\"1.0.0\""
                    + " xmlns=\"" + SLD_NAMESPACE + "\">)");
        }
    }
}
