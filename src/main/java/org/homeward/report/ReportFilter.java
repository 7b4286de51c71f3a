package org.homeward.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.homeward.person.Category;
import org.homeward.person.Side;
import org.homeward.platform.FieldError;
import org.homeward.platform.Validation;
import org.homeward.platform.api.FieldParser;

/**
 * The filters every figure of the dashboard and of a report applies: a period, an office, a category, a
 * side, an exchange round, and the days without change that make a case stale. The period is when the
 * cases were reported for the counts of people; for the flow, the months shown; for the time to
 * repatriation, when people were repatriated; for rounds, when the talks were held.
 */
public record ReportFilter(LocalDate from, LocalDate to, String office, Category category, Side side, Long round,
                           int staleDays) {

    public static final int DEFAULT_STALE_DAYS = 90;

    public ReportFilter {
        office = office == null || office.isBlank() ? null : office.strip().toUpperCase(java.util.Locale.ROOT);
        staleDays = staleDays <= 0 ? DEFAULT_STALE_DAYS : staleDays;
    }

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, null, null, DEFAULT_STALE_DAYS);
    }

    /** Reads the filters from address parameters; every bad one is a 400 naming its parameter. */
    public static ReportFilter from(Function<String, String> parameter) {
        FieldParser parser = new FieldParser();
        LocalDate from = parser.date("from", parameter.apply("from"));
        LocalDate to = parser.date("to", parameter.apply("to"));
        Category category = parser.choice("category", Category.class, parameter.apply("category"));
        Side side = parser.choice("side", Side.class, parameter.apply("side"));
        Long round = parser.number("round", parameter.apply("round"), 1, Long.MAX_VALUE);
        Long stale = parser.number("staleDays", parameter.apply("staleDays"), 1, 3650);
        parser.rejectIfAnyFailed();
        if (from != null && to != null && to.isBefore(from)) {
            Validation.reject(List.of(FieldError.of("to", "report.period.reversed", from, to)));
        }
        return new ReportFilter(from, to, parameter.apply("office"), category, side, round,
                stale == null ? DEFAULT_STALE_DAYS : stale.intValue());
    }

    /** The filters as address parameters, only those set: for bookmarks, downloads and links. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "from", from);
        put(parameters, "to", to);
        put(parameters, "office", office);
        put(parameters, "category", category);
        put(parameters, "side", side);
        put(parameters, "round", round);
        if (staleDays != DEFAULT_STALE_DAYS) {
            parameters.put("staleDays", String.valueOf(staleDays));
        }
        return parameters;
    }

    /** For the access log: the filters by name and value. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parameters().forEach((name, value) -> parts.add(name + "=" + value));
        return parts.toString();
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }
}
