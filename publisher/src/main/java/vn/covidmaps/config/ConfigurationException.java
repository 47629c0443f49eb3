package vn.covidmaps.config;

/** The configuration is missing or wrong; the message says which setting and how to fix it. */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }
}
