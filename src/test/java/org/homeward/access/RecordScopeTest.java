package org.homeward.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.homeward.platform.Role;

class RecordScopeTest {

    /**
     * Who sees which record. The user "me" works in KYIV; HQ is the head office. A record belongs to an
     * office, may be assigned to someone, and may be restricted.
     */
    @ParameterizedTest(name = "{0} of {1} (head office {2}) sees record of {3} assigned to {4} restricted {5}: {6}")
    @CsvSource({
            // role,      office, head,  record office, assignee, restricted, visible
            "CASEWORKER,  KYIV,   false, KYIV,          other,    false,      true",
            "CASEWORKER,  KYIV,   false, KHARKIV,       other,    false,      false",
            "CASEWORKER,  KYIV,   false, KHARKIV,       me,       false,      true",
            "CASEWORKER,  KYIV,   false, KYIV,          other,    true,       false",
            "CASEWORKER,  KYIV,   false, KYIV,          me,       true,       true",
            "CASEWORKER,  KYIV,   false, KHARKIV,       me,       true,       true",
            "CASEWORKER,  KYIV,   false, KYIV,          ,         false,      true",
            "SUPERVISOR,  KYIV,   false, KYIV,          other,    false,      true",
            "SUPERVISOR,  KYIV,   false, KYIV,          other,    true,       true",
            "SUPERVISOR,  KYIV,   false, KHARKIV,       other,    false,      false",
            "SUPERVISOR,  KYIV,   false, KHARKIV,       other,    true,       false",
            "SUPERVISOR,  KYIV,   false, KHARKIV,       me,       true,       true",
            "SUPERVISOR,  HQ,     true,  KHARKIV,       other,    false,      true",
            "SUPERVISOR,  HQ,     true,  KHARKIV,       other,    true,       true",
            "CASEWORKER,  HQ,     true,  KHARKIV,       other,    false,      false",
            "PARTNER,     HQ,     true,  HQ,            other,    false,      false",
            "PARTNER,     HQ,     true,  HQ,            me,       false,      false",
            "AUDITOR,     HQ,     true,  HQ,            other,    false,      false",
            "ADMIN,       HQ,     true,  HQ,            me,       false,      false",
    })
    void recordVisibility(Role role, String office, boolean head, String recordOffice, String assignee,
                          boolean restricted, boolean visible) {
        RecordScope scope = RecordScope.of("me", office, head, EnumSet.of(role));

        assertEquals(visible, scope.permits(recordOffice, assignee, restricted));
    }

    @ParameterizedTest
    @CsvSource({"CASEWORKER, true", "SUPERVISOR, true", "PARTNER, false", "AUDITOR, false", "ADMIN, false"})
    void onlyCaseRolesSeeCasesAtAll(Role role, boolean seesCases) {
        assertEquals(seesCases, RecordScope.of("me", "HQ", true, EnumSet.of(role)).seesCases());
    }

    @ParameterizedTest
    @CsvSource({"CASEWORKER, false", "SUPERVISOR, true"})
    void anAdministratorWhoIsAlsoASupervisorSeesAsASupervisor(Role caseRole, boolean seesOtherOffices) {
        RecordScope scope = RecordScope.of("me", "HQ", true, EnumSet.of(Role.ADMIN, caseRole));

        assertEquals(seesOtherOffices, scope.permits("KHARKIV", "other", false));
    }

    @org.junit.jupiter.api.Test
    void theSameRuleAsSql() {
        RecordScope caseworker = RecordScope.of("me", "KYIV", false, EnumSet.of(Role.CASEWORKER));
        RecordScope supervisor = RecordScope.of("me", "KYIV", false, EnumSet.of(Role.SUPERVISOR));
        RecordScope headOffice = RecordScope.of("me", "HQ", true, EnumSet.of(Role.SUPERVISOR));
        RecordScope partner = RecordScope.of("me", "HQ", true, EnumSet.of(Role.PARTNER));

        var caseworkerParts = caseworker.sqlParts("p.office_id", 2L, "p.assigned_to_id", 7L, "p.restricted");
        assertEquals(java.util.List.of("p.office_id = ? and p.restricted = false",
                "p.assigned_to_id = ? and (p.office_id <> ? or p.restricted = true)"),
                caseworkerParts.stream().map(RecordScope.SqlCondition::sql).toList());
        assertEquals(java.util.List.of(java.util.List.of(2L), java.util.List.of(7L, 2L)),
                caseworkerParts.stream().map(RecordScope.SqlCondition::parameters).toList());
        assertEquals(java.util.List.of("p.office_id = ?", "p.assigned_to_id = ? and p.office_id <> ?"),
                supervisor.sqlParts("p.office_id", 2L, "p.assigned_to_id", 7L, "p.restricted").stream()
                        .map(RecordScope.SqlCondition::sql).toList());
        var everything = headOffice.sqlParts("p.office_id", 1L, "p.assigned_to_id", 7L, "p.restricted");
        assertEquals(1, everything.size());
        assertEquals(null, everything.get(0).sql());
        assertEquals(java.util.List.of(), partner.sqlParts("p.office_id", 1L, "p.assigned_to_id", 7L, "p.restricted"));
    }
}
