package vn.covidmaps.geometry;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.covidmaps.text.Outcome;
import vn.covidmaps.text.Text;

/**
 * The 2021 GSO list of units of the bundled provinces (see resources/vn-admin/SOURCES.md), looked
 * up by code or by names. Lookups are limited to the configured provinces, since commune names
 * repeat across (and even within) provinces.
 */
public final class AdminUnits {
    static final String RESOURCE = "/vn-admin/dvhc_2021-11-01_lang-son_bac-kan_thai-nguyen.csv";

    private final List<AdminUnit> units;
    private final Map<String, AdminUnit> byCode = new HashMap<>();
    /** Each unit's name key by code, computed once rather than for every unit at every lookup. */
    private final Map<String, UnitNames.Key> nameKeys = new HashMap<>();

    AdminUnits(List<AdminUnit> all, Set<String> provinceCodes) {
        this.units = all.stream().filter(u -> provinceCodes.contains(u.provinceCode())).toList();
        units.forEach(u -> byCode.put(u.code(), u));
        units.forEach(u -> nameKeys.put(u.code(), UnitNames.of(u.shortName())));
    }

    public static AdminUnits bundled(Set<String> provinceCodes) {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(AdminUnits.class.getResourceAsStream(RESOURCE)), StandardCharsets.UTF_8)) {
            List<AdminUnit> all = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                all.add(new AdminUnit(r.get("level"), r.get("code"), r.get("name"), r.get("type"), r.get("name_short"),
                        r.get("province_code"), r.get("district_code"), r.get("district_name")));
            }
            return new AdminUnits(all, provinceCodes);
        } catch (IOException e) {
            throw new IllegalStateException("bundled unit list unreadable", e); // a broken jar, not the operator's doing
        }
    }

    /** A GSO code as typed or as Excel stored it: 178, "178", 1834 (commune 01834), "01834". */
    public Outcome<AdminUnit> byCode(String raw) {
        String digits = raw.strip().replaceFirst("\\.0+$", "");
        if (!digits.matches("\\d{1,5}")) {
            return Outcome.fail(Text.of("unit.code.invalid"));
        }
        String code = digits.length() <= 3 ? pad(digits, 3) : pad(digits, 5);
        AdminUnit unit = byCode.get(code);
        if (unit == null || !(unit.isDistrict() || unit.isCommune())) {
            return Outcome.fail(Text.of("unit.code.unknown", code));
        }
        return Outcome.ok(unit);
    }

    private static String pad(String digits, int length) {
        return "0".repeat(length - digits.length()) + digits;
    }

    /** The district, or the commune when a commune name is given; an error names the candidates. */
    public Outcome<AdminUnit> byNames(String commune, String district) {
        List<AdminUnit> districts = List.of();
        if (district != null) {
            districts = matching(units.stream().filter(AdminUnit::isDistrict).toList(), district);
            if (districts.isEmpty()) {
                return Outcome.fail(Text.of("unit.district.unknown", district));
            }
        }
        if (commune == null) {
            return single(districts, Text.of("unit.what.district", district));
        }
        Set<String> districtCodes = districts.stream().map(AdminUnit::code).collect(java.util.stream.Collectors.toSet());
        List<AdminUnit> communes = matching(units.stream().filter(AdminUnit::isCommune)
                .filter(u -> districtCodes.isEmpty() || districtCodes.contains(u.districtCode())).toList(), commune);
        if (communes.isEmpty()) {
            return Outcome.fail(district == null ? Text.of("unit.commune.unknown", commune)
                    : Text.of("unit.commune.unknownIn", commune, district));
        }
        return single(communes, Text.of(district == null ? "unit.what.communeAlone" : "unit.what.commune", commune));
    }

    private static Outcome<AdminUnit> single(List<AdminUnit> candidates, Text what) {
        if (candidates.size() == 1) {
            return Outcome.ok(candidates.get(0));
        }
        return Outcome.fail(Text.of("unit.ambiguous", what, candidates.size(),
                String.join("; ", candidates.stream().map(AdminUnit::describe).toList())));
    }

    /** Same tone-normalised name (and type, if the name carried one); failing that, same name without diacritics. */
    private List<AdminUnit> matching(List<AdminUnit> pool, String name) {
        UnitNames.Key wanted = UnitNames.of(name);
        List<AdminUnit> found = filter(pool, wanted, u -> nameKeys.get(u.code()).key(), wanted.key());
        if (found.isEmpty()) {
            found = filter(pool, wanted, u -> nameKeys.get(u.code()).asciiKey(), wanted.asciiKey());
        }
        return found;
    }

    private static List<AdminUnit> filter(List<AdminUnit> pool, UnitNames.Key wanted, Function<AdminUnit, String> key, String value) {
        List<AdminUnit> byName = pool.stream().filter(u -> key.apply(u).equals(value)).toList();
        if (byName.size() > 1 && wanted.typeHint() != null) {
            List<AdminUnit> byType = byName.stream().filter(u -> u.type().equalsIgnoreCase(wanted.typeHint())).toList();
            return byType.isEmpty() ? byName : byType;
        }
        return byName;
    }
}
