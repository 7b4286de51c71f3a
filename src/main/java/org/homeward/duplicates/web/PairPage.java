package org.homeward.duplicates.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.homeward.duplicates.DuplicateService;
import org.homeward.duplicates.MergeOrder;
import org.homeward.duplicates.MergeOutcome;
import org.homeward.duplicates.PairComparison;
import org.homeward.person.MergedField;
import org.homeward.platform.Language;
import org.homeward.platform.NotFound;
import org.homeward.platform.web.ErrorStatus;
import org.homeward.platform.web.PageMessages;

/**
 * One pair side by side, fields that differ marked, and the supervisor's decision: confirm, dismiss, or
 * merge, choosing which record carries on and, for each field that differs, whose value survives. The
 * merge, which cannot be undone, waits for a confirmation that says what it will do.
 */
@Named
@ViewScoped
public class PairPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DuplicateService duplicates;

    @Inject
    PageMessages messages;

    @Inject
    Language language;

    private Long id;
    private PairComparison comparison;
    private Long survivorId;
    /** For each differing field: "LOWER" or "HIGHER", the record whose value survives. */
    private final Map<String, String> choices = new HashMap<>();
    private boolean confirming;

    public void load() {
        if (comparison != null) {
            return;
        }
        if (id == null) {
            ErrorStatus.notFound("no pair given");
            return;
        }
        try {
            comparison = duplicates.compare(id, language.getLocale());
            survivorId = comparison.lower().personId();
            comparison.fields().forEach(field -> choices.put(field.field(), "LOWER"));
        } catch (NotFound notFound) {
            ErrorStatus.notFound("no such pair");
        }
    }

    public String confirm() {
        return messages.submit("decisionForm", () -> {
            duplicates.confirm(id, language.getLocale());
            messages.info("duplicates.confirmed");
            return reload();
        });
    }

    public String dismiss() {
        return messages.submit("decisionForm", () -> {
            duplicates.dismiss(id, language.getLocale());
            messages.info("duplicates.dismissed");
            return "/duplicates/index?faces-redirect=true";
        });
    }

    /** Asks for the confirmation of the merge. */
    public void askMerge() {
        confirming = true;
    }

    public void back() {
        confirming = false;
    }

    public String merge() {
        return messages.submit("mergeForm", () -> {
            MergeOutcome outcome = duplicates.merge(id, new MergeOrder(survivorId, comparison.lower().version(),
                    comparison.higher().version(), takenFromOther()));
            messages.info("duplicates.merged", outcome.closedCaseNumber(), outcome.survivorCaseNumber());
            return "/cases/case?faces-redirect=true&id=" + outcome.survivorId();
        }, () -> confirming = false);
    }

    /** The fields whose chosen value is the other record's, the one to be closed. */
    private Set<MergedField> takenFromOther() {
        String survivorSide = survivorId != null && survivorId == comparison.higher().personId() ? "HIGHER" : "LOWER";
        Set<MergedField> taken = EnumSet.noneOf(MergedField.class);
        for (PairComparison.Field field : comparison.fields()) {
            if (field.differs() && !survivorSide.equals(choices.get(field.field()))) {
                taken.add(MergedField.valueOf(field.field()));
            }
        }
        return taken;
    }

    private String reload() {
        return "/duplicates/pair?faces-redirect=true&id=" + id;
    }

    public boolean isOpen() {
        return comparison != null && (comparison.pair().state().name().equals("OPEN")
                || comparison.pair().state().name().equals("CONFIRMED"));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PairComparison getComparison() {
        return comparison;
    }

    public Long getSurvivorId() {
        return survivorId;
    }

    public void setSurvivorId(Long survivorId) {
        this.survivorId = survivorId;
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    public boolean isConfirming() {
        return confirming;
    }

    /** The case number of the record the merge closes, as chosen now. */
    public String getClosedCaseNumber() {
        return survivorId != null && survivorId == comparison.lower().personId() ? comparison.higher().caseNumber()
                : comparison.lower().caseNumber();
    }

    public String getSurvivorCaseNumber() {
        return survivorId != null && survivorId == comparison.lower().personId() ? comparison.lower().caseNumber()
                : comparison.higher().caseNumber();
    }
}
