package vn.covidmaps.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.covidmaps.text.CellText;
import vn.covidmaps.text.TextKey;

/** Where each header sits in a sheet's header row, matched by {@link TextKey} so aliases need no exact spelling. */
public final class HeaderIndex {
    /** A column found in the sheet: its position and the header text as the operator wrote it. */
    public record Found(int index, String header) {
    }

    private final Map<String, Found> byKey = new HashMap<>();
    private final List<String> headers = new ArrayList<>();

    public HeaderIndex(RawRow headerRow) {
        for (int i = 0; i < headerRow.cells().size(); i++) {
            String header = CellText.of(headerRow.cell(i));
            if (header != null) {
                headers.add(header);
                byKey.putIfAbsent(TextKey.of(header), new Found(i, header));
            }
        }
    }

    /** The first alias present in the sheet. */
    public Optional<Found> find(List<String> aliases) {
        for (String alias : aliases) {
            Found found = byKey.get(TextKey.of(alias));
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    public int countMatches(List<List<String>> aliasLists) {
        return (int) aliasLists.stream().filter(aliases -> find(aliases).isPresent()).count();
    }

    public List<String> headers() {
        return headers;
    }
}
