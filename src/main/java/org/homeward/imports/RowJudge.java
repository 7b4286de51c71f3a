package org.homeward.imports;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.homeward.matching.Candidate;
import org.homeward.matching.Matcher;
import org.homeward.matching.Threshold;
import org.homeward.person.PersonDetails;
import org.homeward.person.PersonService;
import org.homeward.platform.FieldError;

/**
 * Judges a batch of a list's rows for the preview: each read into the registration form, checked by the
 * form's own rules (the batch's offices looked up once) and, when valid, matched against the registry
 * (one matcher call per row, nothing else per row). Only reads: the caller stores the rows afterwards,
 * all at once, so that no query in between flushes them one by one. Every call it makes is checked as
 * the caller's by the services it calls.
 */
@Dependent
class RowJudge {

    @Inject
    PersonService persons;

    @Inject
    Matcher matcher;

    List<ImportRow> judge(long importId, List<ListFile.ListRow> rows, int headerCells, ColumnMapping mapping, ImportDefaults defaults) {
        List<List<FieldError>> cellProblems = new ArrayList<>(rows.size());
        List<PersonDetails> details = new ArrayList<>(rows.size());
        for (ListFile.ListRow row : rows) {
            List<FieldError> problems = new ArrayList<>();
            details.add(ListedPerson.read(row.cells(), headerCells, mapping, defaults, problems));
            cellProblems.add(problems);
        }
        List<List<FieldError>> formProblems = persons.problems(details);
        List<ImportRow> judged = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ListFile.ListRow row = rows.get(i);
            List<FieldError> problems = cellProblems.get(i);
            Set<String> named = new HashSet<>();
            problems.forEach(problem -> named.add(problem.field()));
            // A cell that was no value at all is reported once, not again as the form's missing value.
            formProblems.get(i).stream().filter(problem -> !named.contains(problem.field())).forEach(problems::add);
            String cells = Findings.cells(row.cells());
            if (!problems.isEmpty()) {
                judged.add(new ImportRow(importId, row.line(), RowState.ERROR, cells, Findings.problems(problems), null, null, null));
                continue;
            }
            List<Candidate> candidates = matcher.candidates(ImportService.describe(details.get(i)), 1);
            if (!candidates.isEmpty() && candidates.get(0).score() >= Threshold.LIKELY) {
                Candidate best = candidates.get(0);
                judged.add(new ImportRow(importId, row.line(), RowState.DUPLICATE, cells, null, best.personId(), best.score(),
                        Findings.reasons(best.reasons())));
            } else {
                judged.add(new ImportRow(importId, row.line(), RowState.NEW, cells, null, null, null, null));
            }
        }
        return judged;
    }
}
