package org.homeward.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeward.person.Category;
import org.homeward.person.RepatriationStatus;
import org.homeward.person.Side;
import org.homeward.platform.FieldError;
import org.homeward.platform.PlausibleDay;

/**
 * The filters of an export: which cases (category, side, status, oblast, registered from/to) and, for an
 * aggregate, which two dimensions it counts by ({@code rows}, {@code columns}). Read from the request's
 * {@code filters} object; an unknown name or value is refused, never ignored.
 */
public record ExportFilters(Set<Category> categories, Side side, RepatriationStatus status, String oblast,
                            LocalDate from, LocalDate to, Dimension rows, Dimension columns) {

    public static final List<String> NAMES = List.of("category", "side", "status", "oblast", "from", "to", "rows", "columns");

    public ExportFilters {
        categories = categories == null || categories.isEmpty() ? Set.of() : Set.copyOf(categories);
        rows = rows == null ? Dimension.STATUS : rows;
        columns = columns == null ? Dimension.CATEGORY : columns;
    }

    public static ExportFilters none() {
        return new ExportFilters(null, null, null, null, null, null, null, null);
    }

    /** The filters, or the problems found with them added to {@code errors} (fields named {@code filters.…}). */
    public static ExportFilters parse(Map<String, String> given, ExportProfile profile, List<FieldError> errors) {
        Map<String, String> filters = given == null ? Map.of() : given;
        for (String name : filters.keySet()) {
            if (!NAMES.contains(name)) {
                errors.add(FieldError.of("filters." + clip(name), "export.filter.unknown", clip(name), String.join(", ", NAMES)));
            }
        }
        Set<Category> categories = EnumSet.noneOf(Category.class);
        String category = filters.get("category");
        if (category != null && !category.isBlank()) {
            for (String one : category.split(",")) {
                Category value = choice("category", Category.class, one, errors);
                if (value != null) {
                    categories.add(value);
                }
            }
        }
        Side side = choice("side", Side.class, filters.get("side"), errors);
        RepatriationStatus status = choice("status", RepatriationStatus.class, filters.get("status"), errors);
        String oblast = filters.get("oblast") == null || filters.get("oblast").isBlank() ? null : filters.get("oblast").strip();
        if (oblast != null && oblast.length() > 60) {
            errors.add(FieldError.of("filters.oblast", "export.filter.tooLong", 60));
        }
        LocalDate from = date("from", filters.get("from"), errors);
        LocalDate to = date("to", filters.get("to"), errors);
        Dimension rows = choice("rows", Dimension.class, filters.get("rows"), errors);
        Dimension columns = choice("columns", Dimension.class, filters.get("columns"), errors);
        if (profile != ExportProfile.AGGREGATE && (rows != null || columns != null)) {
            errors.add(FieldError.of(rows != null ? "filters.rows" : "filters.columns", "export.filter.aggregateOnly"));
        }
        if (rows != null && rows == columns) {
            errors.add(FieldError.of("filters.columns", "export.filter.sameDimension"));
        }
        return new ExportFilters(categories, side, status, oblast, from, to, rows, columns);
    }

    /** The filters as written in the job and the access log: names and values, no personal data. */
    public String describe() {
        Map<String, Object> used = new LinkedHashMap<>();
        if (!categories.isEmpty()) {
            used.put("category", categories.stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        }
        used.put("side", side);
        used.put("status", status);
        used.put("oblast", oblast);
        used.put("from", from);
        used.put("to", to);
        List<String> parts = new ArrayList<>();
        used.forEach((name, value) -> {
            if (value != null) {
                parts.add(name + "=" + value);
            }
        });
        return "{" + String.join(", ", parts) + "}";
    }

    private static <E extends Enum<E>> E choice(String field, Class<E> type, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("filters." + field, "choice.unknown", clip(text),
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    private static LocalDate date(String field, String text, List<FieldError> errors) {
        return PlausibleDay.read("filters." + field, text, errors);
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
