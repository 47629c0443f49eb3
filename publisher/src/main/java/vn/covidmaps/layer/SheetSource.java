package vn.covidmaps.layer;

import java.util.List;

/**
 * The workbook sheet (or CSV file) a layer reads, by name and aliases.
 *
 * @param personalData whether a row of the sheet is about a person (a case), so that its exact place and
 *                     its house number may not be published; a layer file that does not say so is taken
 *                     to read personal data
 */
public record SheetSource(String sheet, List<String> sheetAliases, Boolean personalData) {

    public SheetSource {
        sheetAliases = sheetAliases == null ? List.of() : List.copyOf(sheetAliases);
        if (personalData == null) {
            personalData = true; // silence protects the person
        }
    }

    public List<String> allNames() {
        var names = new java.util.ArrayList<String>();
        names.add(sheet);
        names.addAll(sheetAliases);
        return names;
    }
}
