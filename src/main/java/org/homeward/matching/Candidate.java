package org.homeward.matching;

import java.util.List;

/** A registered person who may be the one described: how likely (0 to 100) and why, finding by finding. */
public record Candidate(long personId, int score, List<Reason> reasons) {

    public Candidate {
        reasons = List.copyOf(reasons);
    }
}
