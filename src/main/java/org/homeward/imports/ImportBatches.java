package org.homeward.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.homeward.access.CurrentUser;
import org.homeward.person.PersonDetails;
import org.homeward.person.PersonService;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.NotFound;
import org.homeward.platform.Role;
import org.homeward.round.RoundService;

/**
 * The steps of committing a list, each a transaction of its own so that its progress is seen at once
 * by every node and a large list is written batch by batch (each batch one audited revision of the
 * people it registers): start, write a batch, finish, fail. A list that stopped is taken up where it
 * stopped: a row already registered is never registered again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportBatches {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PersonService persons;

    @Inject
    RoundService rounds;

    @Inject
    Clock clock;

    /** Checks the commit may start and starts it; how many rows are left to write. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public long start(long id, CommitMode mode, Long roundId) {
        ListImport listImport = locked(id);
        if (mode == null) {
            throw new InvalidInput(FieldError.of("mode", "import.commit.modeRequired"));
        }
        if (listImport.getState() == ImportState.COMMITTED || listImport.getState() == ImportState.COMMITTING) {
            throw new InvalidInput(FieldError.of("state", "import.commit.already"));
        }
        if (mode == CommitMode.ALL_OR_NOTHING && listImport.getRowsError() > 0) {
            throw new InvalidInput(FieldError.of("mode", "import.commit.hasErrors", listImport.getRowsError()));
        }
        listImport.startCommit(mode, roundId, Instant.now(clock));
        return listImport.getRowsNew() - listImport.getRowsCommitted();
    }

    /**
     * Registers up to {@code limit} of the rows still to write (all of them when {@code limit} is 0),
     * nominating them to the import's round when it has one; how many were written.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public int write(long id, int limit) {
        ListImport listImport = locked(id);
        if (listImport.getState() != ImportState.COMMITTING) {
            return 0;
        }
        List<String> header = Findings.cells(listImport.getHeader());
        ColumnMapping mapping = ColumnMapping.of(header, Findings.mapping(listImport.getMapping()), new ArrayList<>());
        var query = em.createNamedQuery("ImportRow.toCommit", ImportRow.class).setParameter("importId", id);
        if (limit > 0) {
            query.setMaxResults(limit);
        }
        List<Long> registered = new ArrayList<>();
        for (ImportRow row : query.getResultList()) {
            PersonDetails details = ListedPerson.read(Findings.cells(row.getCells()), header.size(), mapping, listImport.defaults(),
                    new ArrayList<>());
            long personId = persons.registerListed(details, listImport.getSourceKind(), listImport.getReceivedOn(),
                    listImport.getSource()).id();
            row.registeredAs(personId);
            registered.add(personId);
        }
        if (listImport.getRoundId() != null && !registered.isEmpty()) {
            rounds.nominate(listImport.getRoundId(), registered);
        }
        listImport.committed(registered.size(), Instant.now(clock));
        return registered.size();
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public void finish(long id) {
        locked(id).finish(Instant.now(clock));
    }

    /** Marks the commit stopped, with the reason as a message key; what was written stays written. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public void fail(long id, String why) {
        locked(id).fail(why, Instant.now(clock));
    }

    private ListImport locked(long id) {
        ListImport listImport = em.find(ListImport.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (listImport == null || !listImport.getUsername().equals(currentUser.getUsername())) {
            throw new NotFound("import", id);
        }
        return listImport;
    }
}
