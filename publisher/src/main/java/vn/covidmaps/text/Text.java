package vn.covidmaps.text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Words for the operator, not yet in a language: a key of messages*.properties with its arguments, or
 * several such texts joined. The engine returns them; the command renders them with its own
 * {@code config.Messages}, so plan lines, reasons and names of resource kinds follow {@code --lang}.
 */
public sealed interface Text {
    /** No text: a plan line without a reason. */
    Text NONE = new Joined("", List.of());

    /**
     * One message; an argument that is itself a {@link Text} is rendered in the same language, anything
     * else is written as is (numbers as written: row 1234, not "1,234").
     */
    record Message(String key, List<Object> arguments) implements Text {
        public Message {
            arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
        }
    }

    /** Several texts, one after the other with {@code separator} between them. */
    record Joined(String separator, List<Text> parts) implements Text {
        public Joined {
            parts = List.copyOf(parts);
        }
    }

    /** Words that are data, the same in every language: a column's header as the operator wrote it. */
    record Plain(String text) implements Text {
    }

    static Text of(String key, Object... arguments) {
        return new Message(key, Arrays.asList(arguments));
    }

    static Text plain(String text) {
        return new Plain(text);
    }

    static Text join(String separator, List<? extends Text> parts) {
        return new Joined(separator, List.copyOf(parts));
    }

    default boolean isEmpty() {
        return this instanceof Joined joined && joined.parts().stream().allMatch(Text::isEmpty);
    }

    /** This text in English, for exception messages and logs; the operator's lines go through {@code Messages}. */
    default String english() {
        return render(ResourceBundle.getBundle("messages", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** This text in the language of {@code bundle}. */
    default String render(ResourceBundle bundle) {
        if (this instanceof Plain plain) {
            return plain.text();
        }
        if (this instanceof Joined joined) {
            return joined.parts().stream().filter(p -> !p.isEmpty()).map(p -> p.render(bundle))
                    .collect(Collectors.joining(joined.separator()));
        }
        Message message = (Message) this;
        Object[] texts = new Object[message.arguments().size()];
        for (int i = 0; i < texts.length; i++) {
            Object argument = message.arguments().get(i);
            texts[i] = argument instanceof Text text ? text.render(bundle) : String.valueOf(argument);
        }
        return new MessageFormat(bundle.getString(message.key()), bundle.getLocale()).format(texts);
    }
}
