package vn.covidmaps.geoserver;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.text.SecureXml;
import vn.covidmaps.text.Text;

/**
 * A GeoWebCache tile layer as GeoServer's {@code gwc/rest/layers/{name}.xml} has it (a {@code GeoServerLayer}
 * document). Publishing manages a few of its fields and leaves the others as they are.
 */
final class TileLayerXml {
    /** A TIME {@code stringParameterFilter}: its default and its legal values, in GeoServer's order. */
    record TimeFilter(String defaultValue, List<String> values) {
    }

    private final Document document;

    private TileLayerXml(Document document) {
        this.document = document;
    }

    static TileLayerXml parse(String xml) {
        try {
            return new TileLayerXml(SecureXml.documentBuilder().parse(new InputSource(new StringReader(xml))));
        } catch (Exception e) {
            throw new CovidMapsException(ErrorCode.GEOSERVER, Text.of("geoserver.badTileLayer", String.valueOf(e.getMessage())), e);
        }
    }

    /** A tile layer GeoServer has not made yet (automatic caching of new layers may be off). */
    static TileLayerXml fresh(String name) {
        return parse("<GeoServerLayer><enabled>true</enabled><name>" + name + "</name></GeoServerLayer>");
    }

    boolean enabled() {
        return text("enabled").map(Boolean::parseBoolean).orElse(true);
    }

    Set<String> formats() {
        return strings(child("mimeFormats"), "string");
    }

    /** Grid set names only: GeoServer adds each grid subset's extent, computed from the layer's bounds, when it answers. */
    Set<String> gridSets() {
        Set<String> names = new LinkedHashSet<>();
        child("gridSubsets").ifPresent(subsets -> each(subsets, "gridSubset", s -> names.add(textOf(s, "gridSetName"))));
        return names;
    }

    List<Integer> metaTiling() {
        List<Integer> sizes = new ArrayList<>();
        child("metaWidthHeight").ifPresent(m -> each(m, "int", e -> sizes.add(Integer.parseInt(e.getTextContent().strip()))));
        return sizes;
    }

    int expireClients() {
        return text("expireClients").map(v -> Integer.parseInt(v.strip())).orElse(0);
    }

    Optional<TimeFilter> timeFilter() {
        return timeFilterElement().map(f -> new TimeFilter(textOf(f, "defaultValue"),
                List.copyOf(strings(firstChild(f, "values"), "string"))));
    }

    /** Sets the managed fields to the desired ones; grid subsets are written without extent, so they follow the layer's bounds. */
    TileLayerXml apply(DesiredTileLayer desired) {
        set("enabled", "true");
        replace("mimeFormats", "string", List.of(desired.format()));
        Element subsets = emptied("gridSubsets");
        for (String gridSet : desired.gridSets()) {
            Element subset = document.createElement("gridSubset");
            subset.appendChild(element("gridSetName", gridSet));
            subsets.appendChild(subset);
        }
        replace("metaWidthHeight", "int", List.of(String.valueOf(desired.metaTiles()), String.valueOf(desired.metaTiles())));
        set("expireClients", String.valueOf(desired.maxAgeSeconds()));
        Element filters = emptied("parameterFilters");
        if (desired.time().isPresent()) {
            TimeFilter time = desired.time().get();
            Element filter = document.createElement("stringParameterFilter");
            filter.appendChild(element("key", "TIME"));
            filter.appendChild(element("defaultValue", time.defaultValue()));
            Element values = document.createElement("values");
            time.values().forEach(v -> values.appendChild(element("string", v)));
            filter.appendChild(values);
            filters.appendChild(filter);
        }
        return this;
    }

    /** Turns the tile layer off, leaving the rest as it is. */
    TileLayerXml disabled() {
        set("enabled", "false");
        return this;
    }

    String xml() {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write a tile layer document: " + e.getMessage(), e);
        }
    }

    /** The keys of the parameter filters other than TIME (GeoServer gives every layer a STYLES filter). */
    Set<String> otherFilters() {
        Set<String> keys = new LinkedHashSet<>();
        child("parameterFilters").ifPresent(filters -> {
            for (Node node = filters.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element filter && !"TIME".equalsIgnoreCase(textOf(filter, "key").strip())) {
                    keys.add(textOf(filter, "key").strip());
                }
            }
        });
        return keys;
    }

    /** Any filter on TIME, whatever its kind (string, regex, …), so a hand-made one is replaced rather than doubled. */
    private Optional<Element> timeFilterElement() {
        Optional<Element> filters = child("parameterFilters");
        if (filters.isEmpty()) {
            return Optional.empty();
        }
        for (Node node = filters.get().getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element filter && "TIME".equalsIgnoreCase(textOf(filter, "key").strip())) {
                return Optional.of(filter);
            }
        }
        return Optional.empty();
    }

    private Element root() {
        return document.getDocumentElement();
    }

    private Optional<Element> child(String name) {
        return firstChild(root(), name);
    }

    private static Optional<Element> firstChild(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private Optional<String> text(String name) {
        return child(name).map(Element::getTextContent);
    }

    private static String textOf(Element parent, String name) {
        return firstChild(parent, name).map(Element::getTextContent).orElse("");
    }

    private static Set<String> strings(Optional<Element> parent, String name) {
        Set<String> values = new LinkedHashSet<>();
        parent.ifPresent(p -> each(p, name, e -> values.add(e.getTextContent())));
        return values;
    }

    private static void each(Element parent, String name, java.util.function.Consumer<Element> action) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && element.getTagName().equals(name)) {
                action.accept(element);
            }
        }
    }

    private void set(String name, String value) {
        child(name).orElseGet(() -> append(name)).setTextContent(value);
    }

    private void replace(String name, String itemName, List<String> values) {
        Element parent = emptied(name);
        values.forEach(v -> parent.appendChild(element(itemName, v)));
    }

    private Element emptied(String name) {
        Element parent = child(name).orElseGet(() -> append(name));
        while (parent.getFirstChild() != null) {
            parent.removeChild(parent.getFirstChild());
        }
        return parent;
    }

    private Element append(String name) {
        return (Element) root().appendChild(document.createElement(name));
    }

    private Element element(String name, String text) {
        Element element = document.createElement(name);
        element.setTextContent(text);
        return element;
    }
}
