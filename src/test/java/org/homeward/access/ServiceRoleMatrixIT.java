package org.homeward.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.homeward.testing.AsAdmin;
import org.homeward.testing.AsAuditor;
import org.homeward.testing.AsCaseworker;
import org.homeward.testing.AsPartner;
import org.homeward.testing.AsSupervisor;
import org.homeward.testing.Deployments;
import org.homeward.testing.RoleRunner;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every secured service operation called in every role, inside the server: the rules hold in the
 * service layer itself, whatever page or API is in front of it. An operation the role may call
 * fails for its content (no such record, empty form) or succeeds; one it may not is refused with
 * EJBAccessException before it runs.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRoleMatrixIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.homewardWith(ServiceRoleMatrixIT.class);
    }

    @Inject
    AsCaseworker caseworker;
    @Inject
    AsSupervisor supervisor;
    @Inject
    AsPartner partner;
    @Inject
    AsAuditor auditor;
    @Inject
    AsAdmin admin;

    @Inject
    UserService users;
    @Inject
    OfficeService offices;
    @Inject
    RoleGrantService roleGrants;
    @Inject
    SignIn signIn;
    @Inject
    org.homeward.person.PersonService persons;
    @Inject
    org.homeward.person.CaseFileService caseFile;
    @Inject
    org.homeward.workflow.WorkflowService workflow;
    @Inject
    org.homeward.custody.CustodyService custody;
    @Inject
    org.homeward.workflow.ApprovalService approvals;
    @Inject
    org.homeward.round.RoundService rounds;
    @Inject
    org.homeward.history.CaseHistoryService histories;
    @Inject
    org.homeward.history.AuditSearch auditSearch;
    @Inject
    org.homeward.report.ReportService reports;
    @Inject
    org.homeward.export.ExportService exports;
    @Inject
    org.homeward.export.PartnerService partners;
    @Inject
    org.homeward.audit.AuditChain auditChain;
    @Inject
    org.homeward.person.MatchService matches;
    @Inject
    org.homeward.duplicates.DuplicateService duplicates;
    @Inject
    org.homeward.duplicates.DuplicateScanService duplicateScans;
    @Inject
    org.homeward.imports.ImportService imports;
    @Inject
    org.homeward.imports.ImportBatches importBatches;

    static final Set<String> EVERYONE = Set.of("CASEWORKER", "SUPERVISOR", "PARTNER", "AUDITOR", "ADMIN");

    private Map<String, Callable<?>> operations() {
        Map<String, Callable<?>> operations = new LinkedHashMap<>();
        operations.put("OfficeService.list", offices::list);
        operations.put("OfficeService.create", () -> offices.create(new OfficeForm()));
        operations.put("OfficeService.rename", () -> offices.rename("NO_SUCH_OFFICE", "x", 0));
        operations.put("UserService.list", users::list);
        operations.put("UserService.get", () -> users.get(-1));
        operations.put("UserService.create", () -> users.create(new UserForm()));
        operations.put("UserService.update", () -> users.update(-1, new UserForm()));
        operations.put("UserService.deactivate", () -> users.deactivate(-1, 0));
        operations.put("UserService.activate", () -> users.activate(-1, 0));
        operations.put("UserService.resetPassword", () -> users.resetPassword(-1, "x"));
        operations.put("UserService.changeOwnPassword", () -> { users.changeOwnPassword("x", "y"); return null; });
        operations.put("UserService.me", users::me);
        operations.put("UserService.staff", users::staff);
        operations.put("UserService.assignees", () -> users.assignees("NO_SUCH_OFFICE"));
        operations.put("RoleGrantService.list", () -> roleGrants.list(null));
        operations.put("RoleGrantService.confirm", () -> roleGrants.confirm(-1));
        operations.put("RoleGrantService.refuse", () -> roleGrants.refuse(-1));
        operations.put("SignIn.resume", () -> signIn.resume("nobody-at-all", 0L));
        operations.put("PersonService.register", () -> persons.register(new org.homeward.person.PersonDetails()));
        operations.put("PersonService.get", () -> persons.get(-1));
        operations.put("PersonService.update", () -> persons.update(-1, new org.homeward.person.PersonDetails(), 0));
        operations.put("PersonService.search", () -> persons.search(org.homeward.person.PersonSearch.firstPage()));
        operations.put("CaseFileService.sources", () -> caseFile.sources(-1));
        operations.put("CaseFileService.addSource", () -> caseFile.addSource(-1, null, null, null, null));
        operations.put("CaseFileService.notes", () -> caseFile.notes(-1));
        operations.put("CaseFileService.addNote", () -> caseFile.addNote(-1, "x"));
        operations.put("CaseFileService.tasks", () -> caseFile.tasks(-1));
        operations.put("CaseFileService.addTask", () -> caseFile.addTask(-1, "x", null, null));
        operations.put("CaseFileService.completeTask", () -> caseFile.completeTask(-1, 0));
        operations.put("CaseFileService.myOpenTasks", caseFile::myOpenTasks);
        operations.put("CaseFileService.relatives", () -> caseFile.relatives(-1));
        operations.put("CaseFileService.linkRelative", () -> caseFile.linkRelative(-1, null, null, null, null, false));
        operations.put("CustodyService.timeline", () -> custody.timeline(-1));
        operations.put("CustodyService.record", () -> custody.record(-1,
                new org.homeward.custody.CustodyService.Draft(null, null, null, null, null, null)));
        operations.put("WorkflowService.choices", () -> workflow.choices(-1));
        operations.put("WorkflowService.transition", () -> workflow.transition(-1,
                new org.homeward.workflow.Transition(null, null, null, null, null)));
        operations.put("WorkflowService.history", () -> workflow.history(-1, java.util.Locale.ENGLISH));
        operations.put("ApprovalService.list", () -> approvals.list(null));
        operations.put("ApprovalService.mine", approvals::mine);
        operations.put("ApprovalService.openOn", () -> approvals.openOn(-1));
        operations.put("ApprovalService.decide", () -> approvals.decide(-1,
                org.homeward.workflow.ApprovalDecision.APPROVE, null));
        operations.put("RoundService.list", () -> rounds.list(null, 0, 10));
        operations.put("RoundService.get", () -> rounds.get(-1));
        operations.put("RoundService.create", () -> rounds.create(new org.homeward.round.RoundDetails()));
        operations.put("RoundService.revise", () -> rounds.revise(-1, new org.homeward.round.RoundDetails(), 0));
        operations.put("RoundService.moveTo", () -> rounds.moveTo(-1, null, null, null));
        operations.put("RoundService.nominations", () -> rounds.nominations(-1, null, null, null));
        operations.put("RoundService.nominate", () -> rounds.nominate(-1, List.of(-1L)));
        operations.put("RoundService.decide", () -> rounds.decide(-1, List.of(-1L), null, null));
        operations.put("RoundService.recordExchange", () -> rounds.recordExchange(-1, null, null));
        operations.put("RoundService.preview", () -> rounds.preview(-1));
        operations.put("RoundService.holding", () -> rounds.holding(-1));
        operations.put("RoundService.listingFromListProblems", () -> rounds.listingFromListProblems(-1, "roundId"));
        operations.put("RoundService.nominateWhoMay", () -> rounds.nominateWhoMay(-1, List.of(-1L)));
        operations.put("CaseHistoryService.of", () -> histories.of(-1, null, null, null, java.util.Locale.ENGLISH));
        operations.put("CaseHistoryService.reveal", () -> histories.reveal(-1, "x", null, null, null, java.util.Locale.ENGLISH));
        operations.put("CaseHistoryService.openings", () -> histories.openings(-1));
        operations.put("CaseHistoryService.revisionsOf", () -> histories.revisionsOf(-1));
        operations.put("CaseHistoryService.revisionsChangingCases", () -> histories.revisionsChangingCases(List.of(-1L)));
        var noFilters = new org.homeward.history.AuditSearch.Filters(null, null, null, null, null);
        operations.put("AuditSearch.accessLog", () -> auditSearch.accessLog(noFilters));
        operations.put("AuditSearch.revisions", () -> auditSearch.revisions(noFilters, List.of()));
        operations.put("AuditSearch.activity", () -> auditSearch.activity("nobody", null, null));
        operations.put("AuditSearch.accessLogCsv", () -> auditSearch.accessLogCsv(noFilters));
        operations.put("AuditSearch.revisionsCsv", () -> auditSearch.revisionsCsv(noFilters, List.of()));
        operations.put("AuditSearch.personId", () -> auditSearch.personId("NONE"));
        var allFigures = org.homeward.report.ReportFilter.none();
        operations.put("ReportService.report", () -> reports.report(org.homeward.report.ReportName.REMAINS, allFigures));
        operations.put("ReportService.download", () -> reports.download(org.homeward.report.ReportName.REMAINS, allFigures, "csv"));
        operations.put("ReportService.dashboard", () -> reports.dashboard(allFigures));
        operations.put("ReportService.rounds", reports::rounds);
        operations.put("ReportService.offices", reports::offices);
        operations.put("ExportService.export", () -> exports.export(
                new org.homeward.export.ExportOrder(null, null, null, null, false, false, null, false)));
        operations.put("ExportService.job", () -> exports.job(-1));
        operations.put("ExportService.myJobs", exports::myJobs);
        operations.put("ExportService.cancel", () -> exports.cancel(-1));
        operations.put("ExportService.file", () -> exports.file(-1));
        operations.put("ExportService.profiles", exports::profiles);
        operations.put("ExportService.myAgreements", exports::myAgreements);
        operations.put("PartnerService.organisations", partners::organisations);
        operations.put("PartnerService.organisation", () -> partners.organisation(-1));
        operations.put("PartnerService.createOrganisation", () -> partners.createOrganisation(null, null, null));
        operations.put("PartnerService.updateOrganisation", () -> partners.updateOrganisation(-1, null, null, null, 0));
        operations.put("PartnerService.addMember", () -> partners.addMember(-1, null));
        operations.put("PartnerService.removeMember", () -> partners.removeMember(-1, null));
        operations.put("PartnerService.createAgreement", () -> partners.createAgreement(-1, null));
        operations.put("PartnerService.reviseAgreement", () -> partners.reviseAgreement(-1, -1, null));
        operations.put("PartnerService.endAgreement", () -> partners.endAgreement(-1, -1, 0L));
        operations.put("AuditChain.verify", () -> auditChain.verify());
        operations.put("AuditChain.verifyAgainstAnchors", () -> auditChain.verify(List.of(), false));
        operations.put("MatchService.ofPerson", () -> matches.of(-1, java.util.Locale.ENGLISH));
        operations.put("MatchService.ofDetails", () -> matches.of(new org.homeward.person.PersonDetails(), java.util.Locale.ENGLISH));
        operations.put("DuplicateService.queue", () -> duplicates.queue(null, null, 0, 1, java.util.Locale.ENGLISH));
        operations.put("DuplicateService.compare", () -> duplicates.compare(-1, java.util.Locale.ENGLISH));
        operations.put("DuplicateService.confirm", () -> duplicates.confirm(-1, java.util.Locale.ENGLISH));
        operations.put("DuplicateService.dismiss", () -> duplicates.dismiss(-1, java.util.Locale.ENGLISH));
        operations.put("DuplicateService.merge", () -> duplicates.merge(-1,
                new org.homeward.duplicates.MergeOrder(null, null, null, null)));
        // Starts a real scan as a supervisor (or answers the one running): cheap, and it only queues pairs.
        operations.put("DuplicateScanService.start", duplicateScans::start);
        operations.put("DuplicateScanService.get", () -> duplicateScans.get(-1));
        operations.put("DuplicateScanService.current", duplicateScans::current);
        operations.put("DuplicateScanService.cancel", () -> duplicateScans.cancel(-1));
        operations.put("PersonService.problems", () -> persons.problems(new org.homeward.person.PersonDetails()));
        operations.put("PersonService.registerListed", () -> persons.registerListed(List.of(new org.homeward.person.PersonDetails()),
                org.homeward.person.SourceKind.OTHER_SIDE_LIST, null, "x"));
        operations.put("ImportService.upload", () -> imports.upload(new org.homeward.imports.ImportUpload(null, null, null, null,
                null, null, null, null, null, false)));
        operations.put("ImportService.get", () -> imports.get(-1, null, 0, 10));
        operations.put("ImportService.mine", imports::mine);
        operations.put("ImportService.remap", () -> imports.remap(-1, Map.of(), false));
        operations.put("ImportService.savedMapping", () -> imports.savedMapping("x"));
        operations.put("ImportBatches.start", () -> importBatches.start(-1, org.homeward.imports.CommitMode.VALID_ONLY, null));
        operations.put("ImportBatches.write", () -> importBatches.write(-1, 1, -1));
        operations.put("ImportBatches.finish", () -> { importBatches.finish(-1); return null; });
        operations.put("ImportBatches.fail", () -> { importBatches.fail(-1, "x"); return null; });
        operations.put("ImportBatches.begin", () -> importBatches.begin(null, null, null, false));
        operations.put("ImportBatches.preview", () -> { importBatches.preview(-1, List.of(), null, null); return null; });
        operations.put("ImportBatches.saveMapping", () -> { importBatches.saveMapping("x", Map.of(), java.time.Instant.now()); return null; });
        operations.put("ImportService.commit", () -> imports.commit(-1, org.homeward.imports.CommitMode.VALID_ONLY, null));
        return operations;
    }

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("OfficeService.list", EVERYONE),
            Map.entry("OfficeService.create", Set.of("ADMIN")),
            Map.entry("OfficeService.rename", Set.of("ADMIN")),
            Map.entry("UserService.list", Set.of("ADMIN")),
            Map.entry("UserService.get", Set.of("ADMIN")),
            Map.entry("UserService.create", Set.of("ADMIN")),
            Map.entry("UserService.update", Set.of("ADMIN")),
            Map.entry("UserService.deactivate", Set.of("ADMIN")),
            Map.entry("UserService.activate", Set.of("ADMIN")),
            Map.entry("UserService.resetPassword", Set.of("ADMIN")),
            Map.entry("UserService.changeOwnPassword", EVERYONE),
            Map.entry("UserService.me", EVERYONE),
            Map.entry("UserService.staff", Set.of("SUPERVISOR")),
            Map.entry("UserService.assignees", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("RoleGrantService.list", Set.of("ADMIN", "AUDITOR")),
            Map.entry("RoleGrantService.confirm", Set.of("ADMIN")),
            Map.entry("RoleGrantService.refuse", Set.of("ADMIN")),
            Map.entry("SignIn.resume", EVERYONE),
            Map.entry("PersonService.register", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("PersonService.get", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("PersonService.update", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("PersonService.search", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("CaseFileService.sources", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("CaseFileService.addSource", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("CaseFileService.notes", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("CaseFileService.addNote", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("CaseFileService.tasks", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("CaseFileService.addTask", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("CaseFileService.completeTask", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("CaseFileService.myOpenTasks", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("CaseFileService.relatives", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("CaseFileService.linkRelative", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("CustodyService.timeline", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("CustodyService.record", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("WorkflowService.choices", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("WorkflowService.transition", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("WorkflowService.history", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ApprovalService.list", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ApprovalService.mine", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ApprovalService.openOn", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ApprovalService.decide", Set.of("SUPERVISOR")),
            Map.entry("RoundService.list", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("RoundService.get", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("RoundService.create", Set.of("SUPERVISOR")),
            Map.entry("RoundService.revise", Set.of("SUPERVISOR")),
            Map.entry("RoundService.moveTo", Set.of("SUPERVISOR")),
            Map.entry("RoundService.nominations", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("RoundService.nominate", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("RoundService.decide", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("RoundService.recordExchange", Set.of("SUPERVISOR")),
            Map.entry("RoundService.listingFromListProblems", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("RoundService.nominateWhoMay", Set.of("SUPERVISOR")),
            Map.entry("RoundService.preview", Set.of("SUPERVISOR")),
            Map.entry("RoundService.holding", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("CaseHistoryService.of", Set.of("SUPERVISOR", "AUDITOR")),
            Map.entry("CaseHistoryService.reveal", Set.of("AUDITOR")),
            Map.entry("CaseHistoryService.openings", Set.of("AUDITOR")),
            Map.entry("CaseHistoryService.revisionsOf", Set.of("AUDITOR")),
            Map.entry("CaseHistoryService.revisionsChangingCases", Set.of("AUDITOR")),
            Map.entry("AuditSearch.accessLog", Set.of("AUDITOR")),
            Map.entry("AuditSearch.revisions", Set.of("AUDITOR")),
            Map.entry("AuditSearch.activity", Set.of("AUDITOR")),
            Map.entry("AuditSearch.accessLogCsv", Set.of("AUDITOR")),
            Map.entry("AuditSearch.revisionsCsv", Set.of("AUDITOR")),
            Map.entry("AuditSearch.personId", Set.of("AUDITOR")),
            Map.entry("ReportService.report", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ReportService.download", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ReportService.dashboard", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ReportService.rounds", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ReportService.offices", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ExportService.export", Set.of("PARTNER", "SUPERVISOR")),
            Map.entry("ExportService.job", Set.of("PARTNER", "SUPERVISOR")),
            Map.entry("ExportService.myJobs", Set.of("PARTNER", "SUPERVISOR")),
            Map.entry("ExportService.cancel", Set.of("PARTNER", "SUPERVISOR")),
            Map.entry("ExportService.file", Set.of("PARTNER", "SUPERVISOR")),
            Map.entry("ExportService.profiles", Set.of("PARTNER", "SUPERVISOR")),
            Map.entry("ExportService.myAgreements", Set.of("PARTNER", "SUPERVISOR")),
            Map.entry("PartnerService.organisations", Set.of("ADMIN", "SUPERVISOR")),
            Map.entry("PartnerService.organisation", Set.of("ADMIN", "SUPERVISOR")),
            Map.entry("PartnerService.createOrganisation", Set.of("ADMIN")),
            Map.entry("PartnerService.updateOrganisation", Set.of("ADMIN")),
            Map.entry("PartnerService.addMember", Set.of("ADMIN")),
            Map.entry("PartnerService.removeMember", Set.of("ADMIN")),
            Map.entry("PartnerService.createAgreement", Set.of("SUPERVISOR")),
            Map.entry("PartnerService.reviseAgreement", Set.of("SUPERVISOR")),
            Map.entry("PartnerService.endAgreement", Set.of("SUPERVISOR")),
            Map.entry("AuditChain.verify", Set.of("AUDITOR")),
            Map.entry("AuditChain.verifyAgainstAnchors", Set.of("AUDITOR")),
            Map.entry("MatchService.ofPerson", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("MatchService.ofDetails", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("DuplicateService.queue", Set.of("SUPERVISOR")),
            Map.entry("DuplicateService.compare", Set.of("SUPERVISOR")),
            Map.entry("DuplicateService.confirm", Set.of("SUPERVISOR")),
            Map.entry("DuplicateService.dismiss", Set.of("SUPERVISOR")),
            Map.entry("DuplicateService.merge", Set.of("SUPERVISOR")),
            Map.entry("DuplicateScanService.start", Set.of("SUPERVISOR")),
            Map.entry("DuplicateScanService.get", Set.of("SUPERVISOR")),
            Map.entry("DuplicateScanService.current", Set.of("SUPERVISOR")),
            Map.entry("DuplicateScanService.cancel", Set.of("SUPERVISOR")),
            Map.entry("PersonService.problems", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("PersonService.registerListed", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ImportService.upload", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ImportService.get", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ImportService.mine", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ImportService.remap", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ImportService.savedMapping", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ImportBatches.start", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ImportBatches.write", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ImportBatches.finish", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ImportBatches.fail", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ImportBatches.begin", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ImportBatches.preview", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ImportBatches.saveMapping", Set.of("CASEWORKER", "SUPERVISOR")),
            Map.entry("ImportService.commit", Set.of("CASEWORKER", "SUPERVISOR")));

    @Test
    void everyOperationInEveryRole() {
        Map<String, RoleRunner> runners = Map.of("CASEWORKER", caseworker, "SUPERVISOR", supervisor,
                "PARTNER", partner, "AUDITOR", auditor, "ADMIN", admin);
        List<String> wrong = new ArrayList<>();
        operations().forEach((name, operation) -> runners.forEach((role, runner) -> {
            boolean allowed = ALLOWED.get(name).contains(role);
            boolean denied = deniedWhenRun(runner, operation);
            if (allowed == denied) {
                wrong.add(name + " as " + role + (denied ? " was denied" : " was allowed"));
            }
        }));
        assertEquals(List.of(), wrong);
        assertEquals(ALLOWED.keySet(), operations().keySet(), "every operation has an expectation");
    }

    @Test
    void withoutAUserEverySecuredOperationIsDenied() {
        operations().forEach((name, operation) -> {
            if (!name.startsWith("SignIn.")) {
                assertThrows(EJBAccessException.class, operation::call, name);
            }
        });
    }

    private static boolean deniedWhenRun(RoleRunner runner, Callable<?> operation) {
        try {
            runner.call(operation);
            return false;
        } catch (EJBAccessException denied) {
            return true;
        } catch (Exception refusedForItsContent) {
            return false;
        }
    }
}
