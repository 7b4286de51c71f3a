package org.homeward.imports;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.homeward.matching.BlockingKeys;
import org.homeward.matching.Candidate;
import org.homeward.matching.Comparison;
import org.homeward.matching.Description;
import org.homeward.matching.MatchProfile;
import org.homeward.matching.Matcher;
import org.homeward.matching.Reason;
import org.homeward.matching.Threshold;
import org.homeward.person.PersonDetails;
import org.homeward.person.PersonService;
import org.homeward.platform.FieldError;

/**
 * Judges a batch of a list's rows for the preview: each read into the registration form, checked by the
 * form's own rules (the batch's offices looked up once) and, when valid, matched against the registry
 * (one matcher call per row), and, when not likely a registered person, against the earlier rows of the
 * same list that share a blocking key with it (by the same comparison and threshold), so that a list
 * naming one man twice registers him once. Only reads: the caller stores the rows afterwards,
 * all at once, so that no query in between flushes them one by one. Every call it makes is checked as
 * the caller's by the services it calls.
 */
@Dependent
class RowJudge {

    @Inject
    PersonService persons;

    @Inject
    Matcher matcher;

    @Inject
    Clock clock;

    /** Judges rows following {@code earlier}, the rows of the same list judged before them, and adds the new ones to it. */
    List<ImportRow> judge(long importId, List<ListFile.ListRow> rows, int headerCells, ColumnMapping mapping, ImportDefaults defaults,
            EarlierRows earlier) {
        LocalDate today = LocalDate.now(clock);
        List<List<FieldError>> cellProblems = new ArrayList<>(rows.size());
        List<PersonDetails> details = new ArrayList<>(rows.size());
        for (ListFile.ListRow row : rows) {
            List<FieldError> problems = new ArrayList<>();
            details.add(ListedPerson.read(row.cells(), headerCells, mapping, defaults, problems));
            cellProblems.add(problems);
        }
        List<List<FieldError>> formProblems = persons.problems(details);
        List<Description> valid = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<FieldError> problems = cellProblems.get(i);
            Set<String> named = new HashSet<>();
            problems.forEach(problem -> named.add(problem.field()));
            // A cell that was no value at all is reported once, not again as the form's missing value.
            formProblems.get(i).stream().filter(problem -> !named.contains(problem.field())).forEach(problems::add);
            if (problems.isEmpty()) {
                valid.add(ImportService.describe(details.get(i)));
            }
        }
        // Two each: whether a second case is likely the same person too, which leaves the row's person
        // undecided. The batch's valid rows are matched together, a few statements for all of them.
        Iterator<List<Candidate>> found = matcher.candidatesOfAll(valid, 2).iterator();
        Iterator<Description> described = valid.iterator();
        List<ImportRow> judged = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ListFile.ListRow row = rows.get(i);
            List<FieldError> problems = cellProblems.get(i);
            String cells = Findings.cells(row.cells());
            if (!problems.isEmpty()) {
                judged.add(new ImportRow(importId, row.line(), RowState.ERROR, cells, Findings.problems(problems), null, null, null));
                continue;
            }
            Description description = described.next();
            List<Candidate> candidates = found.next();
            if (!candidates.isEmpty() && candidates.get(0).score() >= Threshold.LIKELY) {
                Candidate best = candidates.get(0);
                boolean ambiguous = candidates.size() > 1 && candidates.get(1).score() >= Threshold.LIKELY;
                judged.add(new ImportRow(importId, row.line(), RowState.DUPLICATE, cells, null, best.personId(), best.score(),
                        Findings.reasons(best.reasons()), ambiguous));
                continue;
            }
            MatchProfile profile = MatchProfile.of(description, today);
            Candidate twin = twin(profile, earlier, headerCells, mapping, defaults, today);
            if (twin != null) {
                // No person to point to: the row it repeats is named by its line, as the first reason.
                List<Reason> reasons = new ArrayList<>();
                reasons.add(new Reason(Findings.SAME_AS_ROW, List.of(String.valueOf(twin.personId()))));
                reasons.addAll(twin.reasons());
                judged.add(new ImportRow(importId, row.line(), RowState.DUPLICATE, cells, null, null, twin.score(),
                        Findings.reasons(reasons)));
            } else {
                judged.add(new ImportRow(importId, row.line(), RowState.NEW, cells, null, null, null, null));
                earlier.add(row, BlockingKeys.stored(profile));
            }
        }
        return judged;
    }

    /**
     * The earlier new row of the list this one likely repeats, best first (its line in place of a person's
     * id), or null. Only the rows sharing a blocking key are read again and compared.
     */
    private static Candidate twin(MatchProfile profile, EarlierRows earlier, int headerCells, ColumnMapping mapping,
            ImportDefaults defaults, LocalDate today) {
        Candidate best = null;
        for (ListFile.ListRow row : earlier.sharing(BlockingKeys.probes(profile))) {
            // Judged valid before, so read again without problems.
            PersonDetails details = ListedPerson.read(row.cells(), headerCells, mapping, defaults, new ArrayList<>());
            Candidate candidate = Comparison.of(row.line(), profile, MatchProfile.of(ImportService.describe(details), today));
            if (candidate.score() >= Threshold.LIKELY && (best == null || candidate.score() > best.score())) {
                best = candidate;
            }
        }
        return best;
    }
}
