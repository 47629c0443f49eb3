package vn.covidmaps.config;

import java.util.Locale;
import java.util.ResourceBundle;
import vn.covidmaps.text.Text;

/**
 * Words for the operator, in English or Vietnamese (messages*.properties). A command makes one
 * instance for its language ({@code --lang vi} or COVIDMAPS_LANG) and passes it to what it prints.
 * Nothing else knows the language: the engine and the reading of a workbook return {@link Text}s
 * (problems, outcomes, exceptions) that the command renders with this instance.
 */
public final class Messages {
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle("messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Vietnamese for a language starting with "vi", English otherwise (also for null). */
    public static Messages of(String language) {
        return new Messages(language != null && language.toLowerCase(Locale.ROOT).startsWith("vi")
                ? Locale.forLanguageTag("vi") : Locale.ENGLISH);
    }

    /** The message of {@code key} with its {0}, {1}… filled in. */
    public String text(String key, Object... arguments) {
        return text(Text.of(key, arguments));
    }

    /** A text the engine returned (a plan line's resource or reason…), in this language. */
    public String text(Text text) {
        return text.render(bundle);
    }

    /** The bundle itself, for picocli's help texts. */
    public ResourceBundle bundle() {
        return bundle;
    }
}
