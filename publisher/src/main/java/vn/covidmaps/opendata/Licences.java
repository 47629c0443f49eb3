package vn.covidmaps.opendata;

import vn.covidmaps.layer.GeometryKind;
import vn.covidmaps.layer.LayerDefinition;

/**
 * The licence of the open-data copy ({@code opendata.licence}), and where each layer's geometries come from:
 * the polygons of administrative units are the bundled GPL-3.0 ones (or the operator's own commune file),
 * whatever licence the health data has.
 */
record Licences(String licence) {
    static final String NOTES = "Số liệu từ báo cáo hằng ngày của Sở Y tế, do CovidMaps Publisher xuất bản; chỉ gồm các cột"
            + " được công bố, không có họ tên, số điện thoại, số giấy tờ hay nơi ở chính xác ngoài vị trí đã công bố trên bản đồ.";

    String licenceUrl() {
        return licence.startsWith("CC-BY-") ? "https://creativecommons.org/licenses/by/" + licence.substring(6) + "/"
                : "https://spdx.org/licenses/" + licence + ".html";
    }

    String geometrySource(LayerDefinition layer) {
        if (layer.geometry().type() == GeometryKind.ADMIN_UNIT) {
            return "Ranh giới huyện: Hệ thống bản đồ hành chính – Cổng TTĐT Chính phủ (gis.chinhphu.vn), qua daohoangson/dvhcvn"
                    + " (GPL-3.0); ranh giới xã: tệp boundaries.communes của đơn vị xuất bản";
        }
        return "Tọa độ trong báo cáo của Sở Y tế";
    }
}
