package org.homeward.imports;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.platform.FieldError;

/**
 * Which column of a list fills which field: found from the headers, then changed by the user's own
 * choice (field name to header as written), which may be saved for the next list of the same source.
 */
public record ColumnMapping(Map<ImportField, Integer> columns) {

    public ColumnMapping {
        columns = columns.isEmpty() ? Map.of() : new EnumMap<>(columns);
    }

    /** The headers matched to fields as English, Ukrainian and Russian lists write them; {@code chosen} wins. */
    public static ColumnMapping of(List<String> header, Map<String, String> chosen, List<FieldError> problems) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        for (int i = 0; i < header.size(); i++) {
            for (ImportField field : ImportField.values()) {
                if (field.isWrittenAs(header.get(i)) && !columns.containsKey(field)) {
                    columns.put(field, i);
                }
            }
        }
        if (chosen != null) {
            chosen.forEach((name, column) -> {
                ImportField field = ImportField.named(name);
                int index = column == null ? -1 : header.indexOf(column.strip());
                if (field == null) {
                    problems.add(FieldError.of("mapping", "import.mapping.unknownField", name));
                } else if (column == null || column.isBlank()) {
                    columns.remove(field);
                } else if (index < 0) {
                    problems.add(FieldError.of("mapping", "import.mapping.unknownColumn", column));
                } else {
                    columns.put(field, index);
                }
            });
        }
        for (ImportField field : ImportField.values()) {
            if (field.required() && !columns.containsKey(field)) {
                problems.add(FieldError.of("file", "import.column.missing", field.field()));
            }
        }
        return new ColumnMapping(columns);
    }

    /** The cell of that field in the row, null when the list has no such column or the row no such cell. */
    String cell(ImportField field, List<String> cells) {
        Integer index = columns.get(field);
        if (index == null || index >= cells.size() || cells.get(index).isEmpty()) {
            return null;
        }
        return cells.get(index);
    }

    /** Field name to header as written: what is shown, and saved for the source. */
    public Map<String, String> byHeader(List<String> header) {
        Map<String, String> shown = new LinkedHashMap<>();
        columns.forEach((field, index) -> shown.put(field.field(), header.get(index)));
        return shown;
    }
}
