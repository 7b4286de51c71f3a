package org.homeward.duplicates;

import java.io.Serializable;
import java.util.List;

/**
 * A pair side by side: each mergeable field's value on both records and whether they differ, and what
 * a merge checks: the sides, statuses and versions the supervisor saw.
 */
public record PairComparison(PairRecord pair, Record lower, Record higher, List<Field> fields) implements Serializable {

    /** One record's standing, and its version: a merge is refused when either changed since it was shown. */
    public record Record(long personId, String caseNumber, String category, String side, String status, long version) implements Serializable {
    }

    /** A field of both records; {@code differs}: the merge asks which value survives. */
    public record Field(String field, String lowerValue, String higherValue, boolean differs) implements Serializable {
    }
}
