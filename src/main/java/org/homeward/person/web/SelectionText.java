package org.homeward.person.web;

import java.util.ArrayList;
import java.util.List;
import org.homeward.person.CaseSelection;
import org.homeward.person.RepatriationStatus;
import org.homeward.platform.Messages;

/** A report's selection in the reader's words, shown above the case list it opened. */
final class SelectionText {

    private final Messages texts;

    SelectionText(Messages texts) {
        this.texts = texts;
    }

    String describe(CaseSelection selection) {
        List<String> parts = new ArrayList<>();
        if (selection.reportedFrom() != null || selection.reportedTo() != null) {
            parts.add(texts.get("cases.selection.reported", day(selection.reportedFrom()), day(selection.reportedTo())));
        }
        if (selection.round() != null) {
            List<String> outcomes = selection.outcomes().stream().sorted().map(o -> texts.get("Outcome." + o)).toList();
            parts.add(outcomes.isEmpty() ? texts.get("cases.selection.round", selection.round())
                    : texts.get("cases.selection.roundOutcomes", selection.round(), String.join(", ", outcomes)));
        }
        if (selection.rejectionReason() != null) {
            parts.add(texts.get("cases.selection.rejectionReason", selection.rejectionReason()));
        }
        if (selection.identification() != null) {
            parts.add(texts.get("IdentificationStatus." + selection.identification().name()));
        }
        if (selection.remains() != null) {
            parts.add(texts.get(selection.remains() ? "cases.selection.remains" : "cases.selection.living"));
        }
        if (selection.reached() != null) {
            parts.add(texts.get("cases.selection.reached", texts.get("RepatriationStatus." + selection.reached().name()),
                    day(selection.reachedFrom()), day(selection.reachedTo())));
        }
        if (selection.staleDays() != null) {
            parts.add(texts.get("cases.selection.stale", selection.staleDays()));
        }
        if (Boolean.TRUE.equals(selection.open())) {
            parts.add(texts.get("cases.selection.open"));
        }
        return String.join("; ", parts);
    }

    private static String day(java.time.LocalDate day) {
        return day == null ? "…" : day.toString();
    }
}
