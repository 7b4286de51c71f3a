package org.homeward.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.homeward.access.Office;
import org.homeward.access.UserAccount;
import org.homeward.testing.Api;
import org.homeward.testing.Database;
import org.homeward.testing.Deployments;
import org.homeward.testing.SecondAdministrator;
import org.homeward.testing.Unique;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every change is an Envers revision that says who, when, from where and why; a transaction that
 * rolls back leaves none.
 */
@ExtendWith(ArquillianExtension.class)
class AuditRevisionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.homewardWith(AuditRevisionIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    Database database;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    @Test
    void eachChangeIsARevisionWithUserAddressAndReason() {
        String username = Unique.username("audited");
        Api admin = Api.at(base).as("admin");
        // Revision 1: the account is created.
        long id = admin.post("api/v1/users", """
                {"username":%s,"displayName":"Before","office":"KYIV","roles":["CASEWORKER"],
                 "temporaryPassword":"a-long-temporary-passphrase"}""".formatted(Api.quote(username)))
                .json().getJsonNumber("id").longValue();
        // Revision 2: a second administrator confirms the role asked for.
        SecondAdministrator.confirmRolesOf(base, username);
        // Revision 3: the name changes.
        admin.put("api/v1/users/" + id, """
                {"displayName":"After","office":"KYIV","roles":["CASEWORKER"],"version":1}""");

        record Version(String type, String username, String reason, String clientAddress, String displayName,
                       int roles) {
        }
        List<Version> versions = database.read(em -> AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(UserAccount.class, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList().stream()
                .map(row -> {
                    Object[] columns = (Object[]) row;
                    UserAccount state = (UserAccount) columns[0];
                    AuditRevision revision = (AuditRevision) columns[1];
                    return new Version(((RevisionType) columns[2]).name(), revision.getUsername(), revision.getReason(),
                            revision.getClientAddress(), state.getDisplayName(), state.getRoles().size());
                }).toList());

        assertEquals(3, versions.size());
        Version created = versions.get(0);
        Version confirmed = versions.get(1);
        Version changed = versions.get(2);
        assertEquals("ADD", created.type());
        assertEquals("MOD", confirmed.type());
        assertEquals("MOD", changed.type());
        assertEquals("admin", created.username());
        assertEquals("account created", created.reason());
        assertTrue(created.clientAddress() != null && !created.clientAddress().isBlank());
        assertEquals("admin2", confirmed.username());
        assertEquals("role CASEWORKER confirmed", confirmed.reason());
        assertEquals("admin", changed.username());
        assertEquals("Before", created.displayName());
        assertEquals("After", changed.displayName());
        assertEquals(0, created.roles(), "the role waits for a second administrator");
        assertEquals(1, confirmed.roles());
        assertEquals(1, changed.roles());
    }

    @Test
    void aRolledBackTransactionLeavesNoRevision() throws Exception {
        long before = revisionCount();
        String code = Unique.officeCode();

        transaction.begin();
        em.joinTransaction();
        em.persist(new Office(code, "Never committed", false));
        em.flush();
        transaction.rollback();

        assertEquals(before, revisionCount());
        assertEquals(0L, (long) database.read(em -> em.createQuery(
                "select count(o) from Office o where o.code = :code", Long.class).setParameter("code", code).getSingleResult()));
    }

    @Test
    void aRefusedRequestLeavesNoRevision() {
        long before = revisionCount();
        Api.Answer refused = Api.at(base).as("admin").post("api/v1/offices", "{\"code\":\"" + Unique.officeCode()
                + "\",\"name\":\"bad\\nname\"}");

        assertEquals(400, refused.status());
        assertEquals(before, revisionCount());
    }

    private long revisionCount() {
        return database.read(em -> em.createQuery("select count(r) from AuditRevision r", Long.class).getSingleResult());
    }
}
