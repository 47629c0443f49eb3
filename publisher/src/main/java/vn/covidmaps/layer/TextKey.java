package vn.covidmaps.layer;

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
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        folded = MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
        return NON_ALNUM.matcher(folded).replaceAll(" ").trim();
    }
}
