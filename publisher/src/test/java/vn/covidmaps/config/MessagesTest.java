package vn.covidmaps.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
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

    @Test
    void rowNumbersAreNotGroupedLikeAmounts() {
        assertEquals("must be unique, but already appears in row 12345", Messages.of("en").text("row.unique", 12345));
    }
}
