package org.homeward.duplicates;

import java.util.Map;

/** What a merge did: the record that carries on, the one closed, and how many parts of each kind moved. */
public record MergeOutcome(long survivorId, String survivorCaseNumber, long closedId, String closedCaseNumber,
                           Map<String, Integer> moved) {
}
