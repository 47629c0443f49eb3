package vn.covidmaps.config;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Words for the operator, in English or Vietnamese (messages*.properties). The language is chosen
 * once per run: {@code --lang vi} or the environment variable COVIDMAPS_LANG.
 */
public final class Messages {
    private static volatile ResourceBundle bundle = load(Locale.ENGLISH);

    private Messages() {
    }

    public static void use(String language) {
        bundle = load(language != null && language.toLowerCase(Locale.ROOT).startsWith("vi") ? Locale.forLanguageTag("vi") : Locale.ENGLISH);
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle("messages", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The message of {@code key} with its {0}, {1}… filled in. */
    public static String get(String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // numbers as written (row 1234, not "1,234"); everything else as text
            texts[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(texts);
    }
}
