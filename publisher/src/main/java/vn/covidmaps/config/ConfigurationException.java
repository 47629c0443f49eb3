package vn.covidmaps.config;

import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;

/** The configuration is missing or wrong; the message says which setting and how to fix it. */
public class ConfigurationException extends CovidMapsException {
    public ConfigurationException(String message) {
        super(ErrorCode.CONFIGURATION, message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(ErrorCode.CONFIGURATION, message, cause);
    }
}
