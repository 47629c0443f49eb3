package vn.covidmaps.layer;

import java.util.Set;
import vn.covidmaps.text.TextKey;

/**
 * Headers that identify a person. A layer may never publish a column read from one of them: this
 * guards the whitelist against a mistaken edit of a layer file.
 */
public final class PersonalData {
    private static final Set<String> HEADER_KEYS = Set.of(
            "ho ten", "ho va ten", "ten benh nhan", "full name", "name of patient",
            "so dien thoai", "dien thoai", "sdt", "phone", "so dt",
            "cccd", "cmnd", "cccd cmnd", "cmnd cccd", "so cccd", "so cmnd", "can cuoc", "so can cuoc",
            "ho chieu", "so ho chieu", "passport",
            "ngay sinh", "nam sinh", "date of birth");

    /** Headers of a street address, which in a sheet of personal data is where someone lives. */
    private static final Set<String> ADDRESS_KEYS = Set.of(
            "dia chi", "noi o", "dia chi noi o", "cho o", "noi cu tru", "dia chi thuong tru", "dia chi tam tru", "address");

    private PersonalData() {
    }

    public static boolean isPersonalHeader(String header) {
        return HEADER_KEYS.contains(TextKey.of(header));
    }

    public static boolean isAddressHeader(String header) {
        return ADDRESS_KEYS.contains(TextKey.of(header));
    }
}
