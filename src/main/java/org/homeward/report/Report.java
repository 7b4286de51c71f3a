package org.homeward.report;

import java.time.Instant;
import java.util.List;

/**
 * One report as it was computed: which, with what filters (and the name of the round filtered on), whose
 * figures ({@code all}, {@code office:KYIV}, {@code own:username}), for whom, when, and its tables.
 */
public record Report(ReportName name, ReportFilter filter, String roundName, String scope, String generatedBy,
                     Instant generatedAt, List<ReportTable> tables) {

    public Report {
        tables = List.copyOf(tables);
    }

    public ReportTable table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + id + " in report " + name));
    }
}
