package vn.covidmaps.privacy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops what locates one house from a Vietnamese address, keeping the street or village, the commune
 * and the district: "Số 12, ngõ 5, đường Trần Đăng Ninh, phường Tam Thanh" becomes
 * "đường Trần Đăng Ninh, phường Tam Thanh", "45/12 Bà Triệu" becomes "Bà Triệu". Numbered
 * neighbourhoods ("Khối 5", "Tổ 3", "Thôn 2") are areas, not houses, and stay.
 */
public final class HouseNumbers {
    /** A house number: 12, 12A, 2/7, 45/12B. */
    private static final String NUMBER = "\\d+[a-z]?(?:\\s*/\\s*\\d+[a-z]?)*(?![\\p{L}\\p{N}])";
    private static final String START = "(?<![\\p{L}\\p{N}])";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<Pattern> HOUSE = List.of(
            // "Số 12", "số nhà 12", "Nhà số 34", "SN 12", "Nhà 5"
            Pattern.compile(START + "(?:nhà\\s+)?(?:số\\s+nhà|số|sn|nhà)\\s*\\.?\\s*" + NUMBER, FLAGS),
            // "ngõ 5", "ngách 2/7", "hẻm 34/5", "kiệt 12", "ngõ số 5" (with or without diacritics)
            Pattern.compile(START + "(?:ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet)\\s*\\.?\\s*(?:số\\s*)?" + NUMBER, FLAGS),
            // a number opening a part of the address: "45/12 Bà Triệu", "20 Lý Thái Tổ"
            Pattern.compile("^\\s*" + NUMBER, FLAGS),
            // any "12/5" left
            Pattern.compile(START + "\\d+[a-z]?\\s*/\\s*\\d+[a-z]?(?:\\s*/\\s*\\d+[a-z]?)*(?![\\p{L}\\p{N}])", FLAGS));
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Separators left dangling once a number is gone. */
    private static final Pattern EDGES = Pattern.compile("^[\\s,;.\\-–]+|[\\s,;\\-–]+$");

    private HouseNumbers() {
    }

    /** The address without its house-level parts; null when nothing else is left. */
    public static String drop(String address) {
        if (address == null) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String part : Normalizer.normalize(address, Normalizer.Form.NFC).split("[,;]")) {
            String rest = part;
            for (Pattern house : HOUSE) {
                rest = house.matcher(rest).replaceAll(" ");
            }
            rest = EDGES.matcher(SPACES.matcher(rest).replaceAll(" ")).replaceAll("");
            if (!rest.isEmpty()) {
                kept.add(rest);
            }
        }
        return kept.isEmpty() ? null : String.join(", ", kept);
    }
}
