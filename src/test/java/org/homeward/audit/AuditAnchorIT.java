package org.homeward.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.homeward.testing.Api;
import org.homeward.testing.Deployments;
import org.homeward.testing.DirectDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attack a walk of the database alone cannot see: the newest sealed entries deleted and the chain's
 * head set back to an earlier one, so that what is left is a whole chain. The heads anchored outside the
 * database at each seal (the anchor file, or an anchor an auditor kept) show it. The test puts back what
 * it cut, so the chain holds again for the tests after it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditAnchorIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.homeward();
    }

    @ArquillianResource
    URL base;

    private JsonObject verify(String query) {
        Api.Answer answer = Api.at(base).as("auditor").get("api/v1/audit/verify" + query);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static String accessHead() {
        return "access:" + DirectDatabase.text("select last_seq from audit_chain where chain_name = 'access'") + ":"
                + DirectDatabase.text("select last_hmac from audit_chain where chain_name = 'access'");
    }

    private static String query(String anchor) {
        return "?anchor=" + URLEncoder.encode(anchor, StandardCharsets.UTF_8);
    }

    @Test
    void cuttingTheNewestEntriesAndSettingTheHeadBackIsFoundWithAnAnchor() {
        Api caseworker = Api.at(base).as("caseworker");
        Api.Answer created = caseworker.post("api/v1/persons",
                "{\"category\":\"CIVILIAN\",\"side\":\"OWN\",\"familyName\":\"Якірна\",\"sex\":\"FEMALE\",\"office\":\"KYIV\"}");
        assertEquals(201, created.status(), created.body());
        String person = "api/v1/persons/" + created.json().getJsonNumber("id");
        assertTrue(verify("").getBoolean("intact"));
        assertTrue(verify("?anchors=file").getBoolean("intact"), "the anchor file agrees with an untouched chain");
        String earlier = accessHead();
        long earlierPosition = Long.parseLong(earlier.split(":")[1]);

        assertEquals(200, caseworker.get(person).status());
        assertEquals(200, caseworker.get(person).status());
        assertTrue(verify("").getBoolean("intact"));
        String newest = accessHead();
        assertTrue(verify(query(newest)).getBoolean("intact"), "an anchor at the head holds");
        assertTrue(verify(query(earlier)).getBoolean("intact"), "an earlier anchor holds too");

        String table = "cut_entries_" + System.nanoTime();
        DirectDatabase.execute("create table " + table + " as select * from access_log_entry where seal_seq > ?", earlierPosition);
        try {
            assertTrue(DirectDatabase.execute("delete from access_log_entry where seal_seq > ?", earlierPosition) >= 2);
            DirectDatabase.execute("update audit_chain set last_seq = ?, last_hmac = ? where chain_name = 'access'",
                    earlierPosition, earlier.split(":")[2]);

            assertTrue(verify("").getBoolean("intact"), "without an anchor the shortened chain looks whole");

            JsonObject withAnchor = verify(query(newest));
            assertEquals(false, withAnchor.getBoolean("intact"), withAnchor.toString());
            JsonObject broken = withAnchor.getJsonObject("firstBroken");
            assertEquals("access", broken.getString("chain"));
            assertEquals("BEHIND_ANCHOR", broken.getString("problem"));
            assertEquals(Long.parseLong(newest.split(":")[1]), broken.getJsonNumber("position").longValue());

            JsonObject withFile = verify("?anchors=file");
            assertEquals(false, withFile.getBoolean("intact"), withFile.toString());
            assertEquals("BEHIND_ANCHOR", withFile.getJsonObject("firstBroken").getString("problem"));
        } finally {
            DirectDatabase.execute("insert into access_log_entry select * from " + table);
            DirectDatabase.execute("update audit_chain set last_seq = ?, last_hmac = ? where chain_name = 'access'",
                    Long.parseLong(newest.split(":")[1]), newest.split(":")[2]);
            DirectDatabase.execute("drop table " + table);
        }
        assertTrue(verify("?anchors=file").getBoolean("intact"), "whole again once the entries are back");
    }

    @Test
    void anAnchorThatIsNotOneIsRefusedNamingTheParameter() {
        Api auditor = Api.at(base).as("auditor");
        Api.Answer notAnAnchor = auditor.get("api/v1/audit/verify?anchor=access:12:not-a-seal");
        assertEquals(400, notAnAnchor.status(), notAnAnchor.body());
        assertEquals("anchor", notAnAnchor.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Answer notAFile = auditor.get("api/v1/audit/verify?anchors=somewhere");
        assertEquals(400, notAFile.status(), notAFile.body());
        assertEquals("anchors", notAFile.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(403, Api.at(base).as("admin").get("api/v1/audit/verify?anchors=file").status());
    }
}
