package vn.covidmaps.config;

import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.text.Text;

/** The configuration is missing or wrong; the message says which setting or file, and how to fix it. */
public class ConfigurationException extends CovidMapsException {
    public ConfigurationException(Text message) {
        super(ErrorCode.CONFIGURATION, message);
    }

    public ConfigurationException(Text message, Throwable cause) {
        super(ErrorCode.CONFIGURATION, message, cause);
    }
}
