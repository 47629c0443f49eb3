package vn.covidmaps.config;

import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.text.Text;

/** The configuration is missing or wrong; the message says which setting and how to fix it. */
public class ConfigurationException extends CovidMapsException {
    public ConfigurationException(String message) {
        super(ErrorCode.CONFIGURATION, message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(ErrorCode.CONFIGURATION, message, cause);
    }

    /** A message in the operator's language. */
    public ConfigurationException(Text message) {
        super(ErrorCode.CONFIGURATION, message);
    }
}
