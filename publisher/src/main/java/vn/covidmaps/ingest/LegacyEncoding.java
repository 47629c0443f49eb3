package vn.covidmaps.ingest;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The two legacy Vietnamese font encodings still met in office files. Excel stores what such a font
 * shows as the Windows-1252 characters of its byte codes, so "Chợ Đông Kinh" typed in .VnTime is
 * stored as "Chî §«ng Kinh"; each constant turns that text back into Unicode.
 * <ul>
 * <li>TCVN3 (ABC, fonts .VnTime, .VnArial…): one byte per precomposed letter. Its fonts hold the lower
 * case letters only; the capitals are the same codes shown by a second font whose name ends in H.
 * <li>VNI (fonts VNI-Times…): a base letter followed by a byte for its marks.
 * </ul>
 */
enum LegacyEncoding {
    TCVN3("TCVN3 (ABC)"),
    VNI("VNI Windows");

    /** What Windows-1252 shows for its bytes 0x80-0x9F; its other bytes are the Latin-1 characters. */
    private static final String WINDOWS_1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
    /** TCVN3 byte → Unicode letter, for bytes 0xA1 … 0xFE; 0 where the byte is not a Vietnamese letter. */
    private static final char[] TCVN3_HIGH = new char[0x100];
    /** VNI bytes that stand alone for a letter: ơ, ư, đ and the i and y with their tones. */
    private static final Map<Character, Character> VNI_LETTERS = new HashMap<>();
    /** VNI bytes that put marks on the vowel before them (a tone, a circumflex, a breve, or both). */
    private static final Map<Character, String> VNI_MARKS = new HashMap<>();

    static {
        String[] pairs = {
            "¡Ă", "¢Â", "£Ê", "¤Ô", "¥Ơ", "¦Ư", "§Đ", "¨ă", "©â", "ªê", "«ô", "¬ơ", "\u00ADư", "®đ",
            "µà", "¶ả", "·ã", "¸á", "¹ạ", "»ằ", "¼ẳ", "½ẵ", "¾ắ", "Æặ", "Çầ", "Èẩ", "Éẫ", "Êấ", "Ëậ",
            "Ìè", "Îẻ", "Ïẽ", "Ðé", "Ñẹ", "Òề", "Óể", "Ôễ", "Õế", "Öệ", "×ì", "Øỉ", "Üĩ", "Ýí", "Þị",
            "ßò", "áỏ", "âõ", "ãó", "äọ", "åồ", "æổ", "çỗ", "èố", "éộ", "êờ", "ëở", "ìỡ", "íớ", "îợ",
            "ïù", "ñủ", "òũ", "óú", "ôụ", "õừ", "öử", "÷ữ", "øứ", "ùự", "úỳ", "ûỷ", "üỹ", "ýý", "þỵ",
        };
        for (String pair : pairs) {
            TCVN3_HIGH[pair.charAt(0)] = pair.charAt(1);
        }
        for (String pair : new String[] {"ôơ", "öư", "ñđ", "æỉ", "óĩ", "òị", "îỵ"}) {
            char code = pair.charAt(0);
            char letter = pair.charAt(1);
            VNI_LETTERS.put(code, letter);
            VNI_LETTERS.put(Character.toUpperCase(code), Character.toUpperCase(letter));
        }
        String[][] marks = {
            {"ù", "\u0301"}, {"ø", "\u0300"}, {"û", "\u0309"}, {"õ", "\u0303"}, {"ï", "\u0323"},
            {"â", "\u0302"}, {"á", "\u0302\u0301"}, {"à", "\u0302\u0300"}, {"å", "\u0302\u0309"}, {"ã", "\u0302\u0303"}, {"ä", "\u0302\u0323"},
            {"ê", "\u0306"}, {"é", "\u0306\u0301"}, {"è", "\u0306\u0300"}, {"ú", "\u0306\u0309"}, {"ü", "\u0306\u0303"}, {"ë", "\u0306\u0323"},
        };
        for (String[] mark : marks) {
            VNI_MARKS.put(mark[0].charAt(0), mark[1]);
            VNI_MARKS.put(Character.toUpperCase(mark[0].charAt(0)), mark[1]);
        }
    }

    private final String label;

    LegacyEncoding(String label) {
        this.label = label;
    }

    /** The name an operator knows it by, as Unikey's converter lists it. */
    String label() {
        return label;
    }

    /** The encoding a font name signals: .Vn… is TCVN3, VNI-… is VNI; null for any other font. */
    static LegacyEncoding ofFont(String font) {
        if (font == null) {
            return null;
        }
        String name = font.strip().toUpperCase(Locale.ROOT);
        if (name.startsWith(".VN")) {
            return TCVN3;
        }
        return name.startsWith("VNI-") || name.startsWith("VNI ") ? VNI : null;
    }

    /** A TCVN3 font whose name ends in H (.VnTimeH) shows every letter as a capital. */
    static boolean isCapitalsFont(String font) {
        return ofFont(font) == TCVN3 && font.strip().toUpperCase(Locale.ROOT).endsWith("H");
    }

    /** Whether every character could be a byte of a legacy font (so the text was not typed in Unicode). */
    static boolean fitsOneByte(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x100 && WINDOWS_1252_HIGH.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The text in Unicode NFC; characters that mean nothing in the encoding are kept as they are. */
    String decode(String text, boolean capitals) {
        String unicode = this == TCVN3 ? tcvn3(text) : vni(text);
        unicode = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        return capitals ? unicode.toUpperCase(Locale.forLanguageTag("vi")) : unicode;
    }

    private static String tcvn3(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char letter = c < 0x100 ? TCVN3_HIGH[c] : 0;
            out.append(letter != 0 ? letter : c);
        }
        return out.toString();
    }

    private static String vni(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character letter = VNI_LETTERS.get(c);
            String marks = VNI_MARKS.get(c);
            if (letter != null) {
                out.append(letter.charValue());
            } else if (marks != null && out.length() > 0 && takes(out.charAt(out.length() - 1), marks)) {
                out.append(marks);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Marks go on a vowel; the breve only on a, the circumflex on a, e and o. */
    private static boolean takes(char base, String marks) {
        char b = Character.toLowerCase(base);
        if ("aeiouyơư".indexOf(b) < 0) {
            return false;
        }
        if (marks.charAt(0) == '\u0306') {
            return b == 'a';
        }
        if (marks.charAt(0) == '\u0302') {
            return b == 'a' || b == 'e' || b == 'o';
        }
        return true;
    }
}
