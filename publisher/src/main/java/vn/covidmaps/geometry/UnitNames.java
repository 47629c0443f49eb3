package vn.covidmaps.geometry;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.covidmaps.text.TextKey;

/**
 * Matching keys for Vietnamese unit names. Official lists mix tone-mark placements ("Hòa"/"Hoà",
 * "Thụy"/"Thuỵ"), so each syllable is keyed as its letters without the tone mark plus the tone;
 * "Huyện", "TP.", "Xã", "TT" and similar prefixes are split off as a type hint.
 */
public final class UnitNames {
    private static final Pattern TONES = Pattern.compile("[\u0300\u0301\u0303\u0309\u0323]");
    private static final List<String[]> PREFIXES = List.of(
            new String[] {"thanh pho", "Thành phố"}, new String[] {"tp", "Thành phố"},
            new String[] {"thi xa", "Thị xã"}, new String[] {"tx", "Thị xã"},
            new String[] {"huyen", "Huyện"}, new String[] {"h", "Huyện"},
            new String[] {"thi tran", "Thị trấn"}, new String[] {"tt", "Thị trấn"},
            new String[] {"phuong", "Phường"}, new String[] {"p", "Phường"},
            new String[] {"xa", "Xã"}, new String[] {"x", "Xã"});
    private static final Pattern PREFIX = Pattern.compile(
            "^(thành phố|thanh pho|tp|thị xã|thi xa|tx|huyện|huyen|h|thị trấn|thi tran|tt|phường|phuong|p|xã|xa|x)[.\\s]+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private UnitNames() {
    }

    /** A name split into its type hint (or null) and its matching key. */
    public record Key(String typeHint, String key, String asciiKey) {
    }

    public static Key of(String name) {
        String text = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        String typeHint = null;
        Matcher prefix = PREFIX.matcher(text);
        if (prefix.matches() && !prefix.group(2).isBlank()) {
            typeHint = typeOf(vn.covidmaps.text.TextKey.of(prefix.group(1)));
            text = prefix.group(2);
        }
        return new Key(typeHint, toneKey(text), vn.covidmaps.text.TextKey.of(text));
    }

    private static String typeOf(String prefixKey) {
        return PREFIXES.stream().filter(p -> p[0].equals(prefixKey)).map(p -> p[1]).findFirst().orElse(null);
    }

    /** "Hoà Bình" and "Hòa Bình" both become "hoa2 binh2". */
    static String toneKey(String text) {
        StringBuilder key = new StringBuilder();
        for (String syllable : text.toLowerCase(Locale.ROOT).split("[\\s\\-.]+")) {
            if (syllable.isEmpty()) {
                continue;
            }
            String decomposed = Normalizer.normalize(syllable, Normalizer.Form.NFD);
            Matcher tone = TONES.matcher(decomposed);
            String toneMark = tone.find() ? tone.group() : "";
            String letters = Normalizer.normalize(TONES.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(letters).append(toneDigit(toneMark));
        }
        return key.toString();
    }

    private static char toneDigit(String mark) {
        return switch (mark) {
            case "\u0300" -> '2';
            case "\u0301" -> '3';
            case "\u0309" -> '4';
            case "\u0303" -> '5';
            case "\u0323" -> '6';
            default -> '1';
        };
    }
}
