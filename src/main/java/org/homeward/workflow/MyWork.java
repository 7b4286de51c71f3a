package org.homeward.workflow;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.homeward.access.CurrentUser;
import org.homeward.platform.Page;
import org.homeward.person.CaseFileService;
import org.homeward.person.PersonRow;
import org.homeward.person.PersonSearch;
import org.homeward.person.PersonService;

/**
 * A caseworker's desk: the cases assigned to them, their open tasks (overdue first in line), and what
 * became of the status moves they asked a supervisor to approve.
 */
@RequestScoped
public class MyWork {

    @Inject
    PersonService persons;

    @Inject
    CaseFileService caseFile;

    @Inject
    ApprovalService approvals;

    @Inject
    CurrentUser currentUser;

    public record Summary(List<PersonRow> cases, long totalCases, List<CaseFileService.TaskRow> tasks, long overdue,
                          List<ApprovalRecord> requests) {
    }

    /** Calls only services, which carry the rules: a caller without a case role is refused there. */
    public Summary summary() {
        Page<PersonRow> mine = persons.search(new PersonSearch(null, null, null, null, null, currentUser.getUsername(),
                null, null, null, 0, 100, PersonSearch.Order.NEWEST));
        List<CaseFileService.TaskRow> tasks = caseFile.myOpenTasks();
        return new Summary(mine.items(), mine.total(), tasks, tasks.stream().filter(CaseFileService.TaskRow::overdue).count(),
                approvals.mine());
    }
}
