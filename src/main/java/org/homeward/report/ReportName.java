package org.homeward.report;

import java.util.Arrays;
import java.util.Optional;

/** The reports a supervisor can read and download, by the name the API and the file names use. */
public enum ReportName {
    STATUS("status"),
    CHILDREN("children"),
    REMAINS("remains"),
    FLOW("flow"),
    ROUNDS("rounds"),
    TIME_TO_REPATRIATION("time-to-repatriation"),
    WORKLOAD("workload"),
    STALE_CASES("stale-cases");

    private final String slug;

    ReportName(String slug) {
        this.slug = slug;
    }

    /** The name in addresses and file names, e.g. {@code time-to-repatriation}. */
    public String slug() {
        return slug;
    }

    /** The bundle key of the report's title. */
    public String titleKey() {
        return "report." + slug + ".title";
    }

    public static Optional<ReportName> bySlug(String slug) {
        return Arrays.stream(values()).filter(name -> name.slug.equals(slug)).findFirst();
    }
}
