package org.homeward.imports;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.matching.Reason;
import org.homeward.platform.FieldError;

/**
 * The parts of an import row kept as JSON text: its cells, its problems (field, message key,
 * arguments) and the reasons of its match (message key, arguments). Keys and arguments rather than
 * words, so that each reader reads them in their own language.
 */
final class Findings {

    /**
     * The reason that opens the reasons of a row likely repeating an earlier row of its own list, its
     * argument that row's line: such a row has no registered person to point to.
     */
    static final String SAME_AS_ROW = "import.match.row";

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type STRINGS = new ArrayList<String>() { }.getClass().getGenericSuperclass();
    private static final Type LISTS = new ArrayList<List<String>>() { }.getClass().getGenericSuperclass();
    private static final Type MAP = new java.util.LinkedHashMap<String, String>() { }.getClass().getGenericSuperclass();

    private Findings() {
    }

    static String cells(List<String> cells) {
        return JSON.toJson(cells);
    }

    static List<String> cells(String json) {
        return JSON.fromJson(json, STRINGS);
    }

    static String mapping(Map<String, String> mapping) {
        return JSON.toJson(mapping);
    }

    static Map<String, String> mapping(String json) {
        return json == null ? Map.of() : JSON.fromJson(json, MAP);
    }

    static String problems(List<FieldError> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (FieldError problem : problems) {
            List<String> row = new ArrayList<>(List.of(problem.field(), problem.messageKey()));
            problem.arguments().forEach(argument -> row.add(String.valueOf(argument)));
            rows.add(row);
        }
        return JSON.toJson(rows);
    }

    static List<FieldError> problems(String json) {
        List<FieldError> problems = new ArrayList<>();
        if (json != null) {
            for (List<String> row : JSON.<List<List<String>>>fromJson(json, LISTS)) {
                problems.add(new FieldError(row.get(0), row.get(1), List.copyOf(row.subList(2, row.size()))));
            }
        }
        return problems;
    }

    static String reasons(List<Reason> reasons) {
        List<List<String>> rows = new ArrayList<>();
        for (Reason reason : reasons) {
            List<String> row = new ArrayList<>(List.of(reason.messageKey()));
            row.addAll(reason.arguments());
            rows.add(row);
        }
        return JSON.toJson(rows);
    }

    static List<Reason> reasons(String json) {
        List<Reason> reasons = new ArrayList<>();
        if (json != null) {
            for (List<String> row : JSON.<List<List<String>>>fromJson(json, LISTS)) {
                reasons.add(new Reason(row.get(0), row.subList(1, row.size())));
            }
        }
        return reasons;
    }
}
