package vn.covidmaps.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a header or sheet name into a matching key: no diacritics, lower case, punctuation and
 * repeated spaces collapsed, so "Vĩ  độ", "VI DO" and "vi_do" all read as "vi do".
 */
public final class TextKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private TextKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        if (isAscii(text)) {
            return asciiKey(text);
        }
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        folded = MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
        return NON_ALNUM.matcher(folded).replaceAll(" ").trim();
    }

    /** No diacritics or other non-ASCII letters: most cells, which then skip Unicode normalisation. */
    public static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The same key as the general path, without regex or normalisation, for text that has no diacritics. */
    private static String asciiKey(String text) {
        StringBuilder key = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (pendingSpace && key.length() > 0) {
                    key.append(' ');
                }
                pendingSpace = false;
                key.append(c);
            } else {
                pendingSpace = true;
            }
        }
        return key.toString();
    }
}
