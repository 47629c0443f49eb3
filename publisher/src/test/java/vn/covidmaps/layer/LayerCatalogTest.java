package vn.covidmaps.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerCatalogTest {

    @Test
    void theBundledLayersAreTheSevenCovidMapsLayersAreasFirst() {
        LayerCatalog catalog = LayerCatalog.load(Path.of("layers"));
        assertEquals(List.of("risk_areas", "isolation_zones", "visited_earlier", "visited_recent", "patient_homes",
                "quarantine_facilities", "checkpoints"), catalog.layers().stream().map(LayerDefinition::name).toList());
        LayerDefinition earlier = catalog.layer("visited_earlier");
        assertEquals(catalog.layer("visited_recent").columns(), earlier.columns(), "inherit copies the columns");
        assertEquals(14, earlier.rows().olderThanDays());
        assertEquals("Nguy cơ rất cao", catalog.layer("risk_areas").column("risk_level").orElseThrow().levelLabel(4));
    }

    @Test
    void noBundledLayerPublishesAPersonalColumn() {
        for (LayerDefinition layer : LayerCatalog.load(Path.of("layers")).layers()) {
            for (Attribute attribute : layer.attributes()) {
                assertFalse(List.of("ho_ten", "phone", "id_number", "birth_date").contains(attribute.name()));
                layer.column(attribute.name()).ifPresent(c -> c.headers()
                        .forEach(h -> assertFalse(PersonalData.isPersonalHeader(h), layer.name() + " publishes " + h)));
            }
        }
    }

    @Test
    void aLayerThatWouldPublishANameOrPhoneNumberIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cases.yaml"), """
                name: cases
                title: Ca bệnh
                source: {sheet: Ca bệnh}
                columns:
                  - {name: case_code, headers: [Mã BN], required: true}
                  - {name: full_name, headers: [Họ tên]}
                  - {name: phone, headers: [SĐT, Số điện thoại]}
                geometry: {type: point}
                generalise: {seed: case_code}
                publish: [case_code, full_name, phone]
                """);
        LayerDefinitionException e = assertThrows(LayerDefinitionException.class, () -> LayerCatalog.load(dir));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("'Họ tên' and may not be published"), e.getMessage());
    }

    @Test
    void exactPointsOrHouseNumbersFromASheetOfPersonalDataAreRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("homes.yaml"), """
                name: homes
                title: Ca bệnh
                source: {sheet: Ca bệnh}
                columns:
                  - {name: case_code, headers: [Mã BN], required: true}
                  - {name: address, headers: [Địa chỉ]}
                geometry: {type: point}
                publish: [case_code, address]
                """);
        LayerDefinitionException e = assertThrows(LayerDefinitionException.class, () -> LayerCatalog.load(dir));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("layers/homes.yaml publishes exact points from the sheet 'Ca bệnh', which holds personal data;"
                + " add `generalise:`"), e.getMessage());
        assertTrue(e.getMessage().contains("layers/homes.yaml publishes the address column 'address' of a sheet of personal data;"
                + " add `drop: house_numbers`"), e.getMessage());

        Files.writeString(dir.resolve("homes.yaml"), Files.readString(dir.resolve("homes.yaml"))
                .replace("headers: [Địa chỉ]}", "headers: [Địa chỉ], drop: house_numbers}")
                .replace("geometry: {type: point}", "geometry: {type: point}\ngeneralise: {radius_m: 200, seed: case_code}"));
        LayerDefinition homes = LayerCatalog.load(dir).layer("homes");
        assertEquals("MultiPolygon", homes.publishedGeometryType(), "the table holds areas, never points");
        assertEquals(200.0, homes.generalise().radiusM());
        assertEquals(TextRule.HOUSE_NUMBERS, homes.column("address").orElseThrow().drop());
    }

    @Test
    void aGeneralisationMustBeSeededByARequiredColumnAndNotTooSmall(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("homes.yaml"), """
                name: homes
                title: Ca bệnh
                source: {sheet: Ca bệnh}
                columns:
                  - {name: case_code, headers: [Mã BN]}
                geometry: {type: point}
                generalise: {radius_m: 10, seed: case_code}
                publish: [case_code]
                """);
        String all = assertThrows(LayerDefinitionException.class, () -> LayerCatalog.load(dir)).getMessage();
        assertTrue(all.contains("generalise.radius_m must be between 50 and 5000 metres"), all);
        assertTrue(all.contains("generalise.seed must name a required column"), all);
    }

    @Test
    void placesDeclaredNotPersonalArePublishedExactly() {
        LayerCatalog catalog = LayerCatalog.load(Path.of("layers"));
        for (String places : List.of("visited_recent", "visited_earlier", "checkpoints", "quarantine_facilities")) {
            assertEquals("Point", catalog.layer(places).publishedGeometryType(), places);
            assertFalse(catalog.layer(places).source().personalData(), places);
        }
        assertEquals("MultiPolygon", catalog.layer("patient_homes").publishedGeometryType());
        assertEquals(150.0, catalog.layer("patient_homes").generalise().radiusM());
    }

    @Test
    void mistakesInALayerFileAreAllReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), """
                name: Bad-Name
                title: x
                source: {sheet: X}
                columns:
                  - {name: a, headers: [A], not_before: b}
                geometry: {type: point}
                publish: [a, ghost]
                """);
        Files.writeString(dir.resolve("typo.yaml"), "name: typo\ntitel: oops\n");
        LayerDefinitionException e = assertThrows(LayerDefinitionException.class, () -> LayerCatalog.load(dir));
        String all = e.getMessage();
        assertTrue(all.contains("ASCII snake_case"), all);
        assertTrue(all.contains("'ghost'"), all);
        assertTrue(all.contains("not_before 'b'"), all);
        assertTrue(all.contains("titel"), "unknown keys are typos: " + all);
    }
}
