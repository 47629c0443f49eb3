package vn.covidmaps.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.covidmaps.text.CellText;
import vn.covidmaps.text.TextKey;

/**
 * Where each header sits in a sheet's header row, matched by {@link TextKey} so aliases need no exact
 * spelling: a header wrapped onto several lines, or typed with no-break spaces, matches as one line.
 */
public final class HeaderIndex {
    /** Line breaks, tabs and no-break spaces, which offices use to wrap and align header text. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    /** A column found in the sheet: its position and the header text as the operator wrote it. */
    public record Found(int index, String header) {
    }

    private final Map<String, Found> byKey = new HashMap<>();
    private final List<String> headers = new ArrayList<>();

    public HeaderIndex(RawRow headerRow) {
        for (int i = 0; i < headerRow.cells().size(); i++) {
            add(i, CellText.of(headerRow.cell(i)), null);
        }
    }

    /** A header on two rows: per column its name, and the merged parent above it or null. */
    HeaderIndex(List<String> names, List<String> parents) {
        for (int i = 0; i < names.size(); i++) {
            add(i, names.get(i), parents.get(i));
        }
    }

    private void add(int column, String text, String parent) {
        if (text == null) {
            return;
        }
        String header = SPACES.matcher(text).replaceAll(" ").strip();
        headers.add(header);
        Found found = new Found(column, header);
        byKey.putIfAbsent(TextKey.of(header), found);
        if (parent != null) {
            byKey.putIfAbsent(TextKey.of(parent + " " + header), found);
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
