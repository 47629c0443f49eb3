package vn.covidmaps.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HouseNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Số 12, ngõ 5, đường Trần Đăng Ninh, phường Tam Thanh | đường Trần Đăng Ninh, phường Tam Thanh",
            "Số 177, ngõ 44, đường Trần Đăng Ninh, phường Tam Thanh | đường Trần Đăng Ninh, phường Tam Thanh",
            "Nhà số 34 ngách 2/7 phố Lý Thái Tổ | phố Lý Thái Tổ",
            "45/12 Bà Triệu | Bà Triệu",
            "Thôn Nà Làng, xã Phú Xá | Thôn Nà Làng, xã Phú Xá",
            "Số 20 đường Lý Thái Tổ, phường Đông Kinh, TP Lạng Sơn | đường Lý Thái Tổ, phường Đông Kinh, TP Lạng Sơn",
            "số nhà 8, Khối 5, thị trấn Na Sầm, huyện Văn Lãng | Khối 5, thị trấn Na Sầm, huyện Văn Lãng",
            "SN 12A hẻm 34/5 Nguyễn Trãi | Nguyễn Trãi",
            "kiệt 12 Hùng Vương, phường Hoàng Văn Thụ | Hùng Vương, phường Hoàng Văn Thụ",
            "20 Lý Thái Tổ - phường Đông Kinh | Lý Thái Tổ - phường Đông Kinh",
            "Tổ 3, ngõ Chợ, phường Chi Lăng | Tổ 3, ngõ Chợ, phường Chi Lăng",
            "Ngo 5 Tran Dang Ninh | Tran Dang Ninh",
    })
    void keepsTheStreetOrVillageTheCommuneAndTheDistrict(String address, String published) {
        assertEquals(published, HouseNumbers.drop(address));
    }

    @ParameterizedTest
    @CsvSource({"Số 12", "12/5", "'Số 12, ngõ 5'"})
    void anAddressThatIsOnlyAHouseNumberIsDroppedWhole(String address) {
        assertNull(HouseNumbers.drop(address));
    }
}
