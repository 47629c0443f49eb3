package vn.covidmaps.layer;

import java.util.List;

/** The workbook sheet (or CSV file) a layer reads, by name and aliases. */
public record SheetSource(String sheet, List<String> sheetAliases) {

    public SheetSource {
        sheetAliases = sheetAliases == null ? List.of() : List.copyOf(sheetAliases);
    }

    public List<String> allNames() {
        var names = new java.util.ArrayList<String>();
        names.add(sheet);
        names.addAll(sheetAliases);
        return names;
    }
}
