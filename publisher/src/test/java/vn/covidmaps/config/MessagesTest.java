package vn.covidmaps.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {
    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The keys a file defines more than once: the later silently replaces the earlier, for every command using it. */
    private static Set<String> definedTwice(java.io.Reader file) throws IOException {
        Set<String> twice = new TreeSet<>();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    twice.add((String) key);
                }
                return super.put(key, value);
            }
        };
        properties.load(file);
        assertFalse(properties.isEmpty(), "no keys read");
        return twice;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/messages.properties", "/messages_vi.properties"})
    void noKeyIsDefinedTwice(String resource) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertEquals(Set.of(), definedTwice(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)), resource);
        }
    }

    @Test
    void aKeyDefinedTwiceIsFound() throws IOException {
        assertEquals(Set.of("out"), definedTwice(new java.io.StringReader("out=the page\nlayers=dir\nout=the plan\n")));
    }

    @Test
    void everyMessageExistsInBothLanguages() throws IOException {
        Properties english = load("/messages.properties");
        Properties vietnamese = load("/messages_vi.properties");
        assertEquals(english.stringPropertyNames(), vietnamese.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertFalse(vietnamese.getProperty(key).equals(english.getProperty(key)) && english.getProperty(key).matches(".*[a-z]{4,}.*"),
                    "untranslated: " + key);
        }
    }

    /** A lone ' opens a quote in MessageFormat: "GeoServer's tiles of {0}" prints "GeoServers tiles of {0}". */
    @ParameterizedTest
    @ValueSource(strings = {"/messages.properties", "/messages_vi.properties"})
    void noPlaceholderIsQuotedAway(String resource) throws IOException {
        Properties messages = load(resource);
        Object[] arguments = {"A0", "A1", "A2", "A3", "A4", "A5"};
        Set<String> swallowed = new TreeSet<>();
        for (String key : messages.stringPropertyNames()) {
            String message = messages.getProperty(key);
            if (message.matches("(?s).*\\{[0-9]}.*")
                    && new java.text.MessageFormat(message, java.util.Locale.ROOT).format(arguments).matches("(?s).*\\{[0-9]}.*")) {
                swallowed.add(key);
            }
        }
        assertEquals(Set.of(), swallowed, resource);
    }

    /** A properties file drops the spaces after '=': "k= (deeper…)" reads "(deeper…)"; a leading space is written "\\ ". */
    @ParameterizedTest
    @ValueSource(strings = {"/messages.properties", "/messages_vi.properties"})
    void noMessageLosesItsLeadingSpace(String resource) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(List.of(), text.lines().filter(line -> line.matches("[^#\\s=]+= .*")).toList(), resource);
        }
    }

    @Test
    void rowNumbersAreNotGroupedLikeAmounts() {
        assertEquals("must be unique, but already appears in row 12345", Messages.of("en").text("row.unique", 12345));
    }
}
