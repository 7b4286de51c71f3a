package org.homeward.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homeward.testing.Api;
import org.homeward.testing.DirectDatabase;
import org.homeward.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tamper evidence of the audit trail, tested the way it would be attacked: rows changed and deleted
 * with plain SQL behind the application's back, and many writers at once. Each test puts back exactly
 * what it changed, so the chain holds again for the tests after it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditChainIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    private JsonObject verify() {
        Api.Answer answer = Api.at(base).as("auditor").get("api/v1/audit/verify");
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private long register(String givenName) {
        Api.Answer created = Api.at(base).as("caseworker").post("api/v1/persons", """
                {"category":"CIVILIAN","side":"OWN","familyName":"Ярошенко","givenName":%s,"sex":"FEMALE","office":"KYIV"}"""
                .formatted(Api.quote(givenName)));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    void anAuditRowChangedWithPlainSqlIsNamedByItsRevision() {
        long person = register("Марія");
        assertTrue(verify().getBoolean("intact"), "intact before tampering");
        String revision = DirectDatabase.text("select min(rev) from person_aud where id = ?", person);
        try {
            assertEquals(1, DirectDatabase.execute("update person_aud set given_name = ? where id = ? and rev = ?",
                    "Марина", person, Long.parseLong(revision)));
            JsonObject verdict = verify();
            assertEquals(false, verdict.getBoolean("intact"));
            JsonObject broken = verdict.getJsonObject("firstBroken");
            assertEquals("revisions", broken.getString("chain"));
            assertEquals(Long.parseLong(revision), broken.getJsonNumber("id").longValue());
            assertEquals("CONTENT_CHANGED", broken.getString("problem"));
        } finally {
            DirectDatabase.execute("update person_aud set given_name = ? where id = ? and rev = ?", "Марія", person,
                    Long.parseLong(revision));
        }
        assertTrue(verify().getBoolean("intact"), "intact once the row is as it was");
    }

    @Test
    void aDeletedAccessLogEntryIsFound() {
        long person = register("Олена");
        assertEquals(200, Api.at(base).as("caseworker").get("api/v1/persons/" + person).status());
        assertTrue(verify().getBoolean("intact"));
        String entry = DirectDatabase.text("select max(id) from access_log_entry where subject_type = 'person' "
                + "and subject_id = ? and action = 'RECORD_OPENED' and seal_seq is not null", String.valueOf(person));
        DirectDatabase.execute("create table deleted_entry as select * from access_log_entry where id = ?", Long.parseLong(entry));
        try {
            assertEquals(1, DirectDatabase.execute("delete from access_log_entry where id = ?", Long.parseLong(entry)));
            JsonObject verdict = verify();
            assertEquals(false, verdict.getBoolean("intact"));
            assertEquals("access", verdict.getJsonObject("firstBroken").getString("chain"));
            assertEquals("ROW_DELETED", verdict.getJsonObject("firstBroken").getString("problem"));
        } finally {
            DirectDatabase.execute("insert into access_log_entry select * from deleted_entry");
            DirectDatabase.execute("drop table deleted_entry");
        }
        assertTrue(verify().getBoolean("intact"));
    }

    @Test
    void manyWritersAtOnceLeaveAChainThatVerifies() throws Exception {
        long before = verify().getJsonNumber("checked").longValue();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> writes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                writes.add(pool.submit(() -> {
                    long person = register("Writer " + n);
                    Api caseworker = Api.at(base).as("caseworker");
                    caseworker.get("api/v1/persons/" + person);
                    return caseworker.post("api/v1/persons/" + person + "/notes", "{\"text\":\"note " + n + "\"}").status();
                }));
            }
            for (Future<Integer> write : writes) {
                assertEquals(201, write.get());
            }
        } finally {
            pool.shutdown();
        }
        JsonObject verdict = verify();
        assertTrue(verdict.getBoolean("intact"), verdict.toString());
        // Each writer added two revisions and at least one access-log entry.
        assertTrue(verdict.getJsonNumber("checked").longValue() >= before + 120, verdict.toString());
    }

    @Test
    void onlyAuditorsVerify() {
        assertEquals(403, Api.at(base).as("hq").get("api/v1/audit/verify").status());
        assertEquals(403, Api.at(base).as("admin").get("api/v1/audit/verify").status());
        assertEquals(401, Api.at(base).get("api/v1/audit/verify").status());
    }
}
