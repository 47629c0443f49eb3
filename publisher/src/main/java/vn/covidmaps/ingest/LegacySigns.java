package vn.covidmaps.ingest;

/**
 * The character patterns that give legacy-font text away when no font says so. Vietnamese in Unicode
 * uses only a few Latin-1 letters (à á â ã è é ê ì í ò ó ô õ ù ú ý and capitals); TCVN3 text shows
 * symbols such as § « ª µ ¸ where its letters are, and VNI text letters such as ø û ï ö ñ after vowels.
 */
final class LegacySigns {
    private static final String VIETNAMESE_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";
    /** Letters only TCVN3 uses: bytes 0xA1-0xAE and 0xB5-0xBE, never in Vietnamese Unicode nor in VNI. */
    private static final String TCVN3_ONLY = "¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹»¼½¾";
    /** Letters VNI uses that Vietnamese Unicode never does. */
    private static final String VNI_SIGNS = "øûïåäëüæöñîØÛÏÅÄËÜÆÖÑÎ";
    /** Latin letters of Vietnamese beyond Latin-1: ă đ ĩ ũ ơ ư and the block U+1EA0-U+1EF9. */
    private static final String VIETNAMESE_EXTENDED = "ĂăĐđĨĩŨũƠơƯư";

    private LegacySigns() {
    }

    /** Characters from U+00A1 to U+00FF that Vietnamese written in Unicode does not use (° excepted). */
    static int oddCharacters(String text) {
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00A1' && c <= '\u00FF' && c != '°' && VIETNAMESE_LATIN1.indexOf(c) < 0) {
                odd++;
            }
        }
        return odd;
    }

    /** TCVN3 when a letter only TCVN3 has is there, else VNI when a VNI sign is, else null. */
    static LegacyEncoding guess(String text) {
        boolean vni = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TCVN3_ONLY.indexOf(c) >= 0) {
                return LegacyEncoding.TCVN3;
            }
            vni |= VNI_SIGNS.indexOf(c) >= 0;
        }
        return vni ? LegacyEncoding.VNI : null;
    }

    /** Every letter is ASCII or Vietnamese: a conversion that leaves odd letters was a wrong guess. */
    static boolean isVietnamese(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 || !Character.isLetter(c) || VIETNAMESE_LATIN1.indexOf(c) >= 0
                    || VIETNAMESE_EXTENDED.indexOf(c) >= 0 || c >= '\u1EA0' && c <= '\u1EF9') {
                continue;
            }
            return false;
        }
        return true;
    }
}
