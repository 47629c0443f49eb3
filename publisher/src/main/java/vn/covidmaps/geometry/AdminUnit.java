package vn.covidmaps.geometry;

/**
 * A 2021 administrative unit from the GSO list: province (tinh), district (huyen) or commune (xa).
 * Codes keep their leading zeros: 2 digits for provinces, 3 for districts, 5 for communes.
 */
public record AdminUnit(String level, String code, String name, String type, String shortName,
                        String provinceCode, String districtCode, String districtName) {

    public boolean isDistrict() {
        return "huyen".equals(level);
    }

    public boolean isCommune() {
        return "xa".equals(level);
    }

    /** "Xã Hòa Bình (06397, Huyện Chợ Mới)", for messages that list candidates. */
    public String describe() {
        return isCommune() ? name + " (" + code + ", " + districtName + ")" : name + " (" + code + ")";
    }
}
