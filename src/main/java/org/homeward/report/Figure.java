package org.homeward.report;

import java.util.Map;

/**
 * One figure of a report: a count of people (with the case-list address that lists exactly them), or
 * a measure such as a number of days or tasks, which stands for no list.
 *
 * @param cases the case list's parameters that select this figure's people; null when it counts no people
 */
public record Figure(Number value, Map<String, String> cases) {

    public Figure {
        cases = cases == null ? null : Map.copyOf(cases);
    }

    public static Figure people(long count, Map<String, String> cases) {
        return new Figure(count, cases);
    }

    public static Figure measure(Number value) {
        return new Figure(value, null);
    }

    public boolean links() {
        return cases != null;
    }

    /** The case-list parameters as a query string ({@code ?category=CHILD&status=LOCATED}), in a stable order. */
    public String query() {
        StringBuilder query = new StringBuilder();
        new java.util.TreeMap<>(cases).forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name)
                .append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        return query.toString();
    }
}
