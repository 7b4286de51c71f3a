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
import java.util.Map;
import java.util.Optional;
import org.homeward.access.CurrentUser;
import org.homeward.matching.Reason;
import org.homeward.person.PersonDetails;
import org.homeward.person.PersonService;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.NotFound;
import org.homeward.platform.Role;
import org.homeward.platform.Validation;
import org.homeward.round.RoundService;

/**
 * The steps of committing a list, each a transaction of its own so that its progress is seen at once
 * by every node and a large list is written batch by batch (each batch one audited revision of the
 * people it registers): start, write a batch, finish (with a round, nominating the registered people the
 * list names, all in that last transaction), fail. A list that stopped is taken up where it
 * stopped: a row already registered is never registered again. A large list's preview, too, is stored
 * batch by batch.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportBatches {

    /** A row's person was put on the round. */
    static final String NOMINATED = "import.nominate.done";

    /** A row likely more than one registered person: not nominated until the duplicates queue decides. */
    static final String AMBIGUOUS = "import.nominate.ambiguous";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PersonService persons;

    @Inject
    RowJudge judge;

    @Inject
    RoundService rounds;

    @Inject
    Clock clock;

    /**
     * Keeps a list just read, to be previewed ({@code rows} rows, the last one perhaps the line its reading
     * stopped at), and saves its mapping for the source when asked; its id.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public long begin(ListImport listImport, ListFile file, ColumnMapping mapping, boolean saveMapping) {
        Instant now = Instant.now(clock);
        if (saveMapping) {
            saveMapping(listImport.getSource(), mapping.byHeader(file.header()), now);
        }
        listImport.read(file.charset(), file.delimiter(), Findings.cells(file.header()), Findings.mapping(mapping.byHeader(file.header())),
                null, file.rows().size() + (file.stoppedAt() > 0 ? 1 : 0), ImportSettings.node());
        em.persist(listImport);
        return listImport.getId();
    }

    /** The mapping (field to header) saved for a source, replacing the one saved before. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public void saveMapping(String source, Map<String, String> mapping, Instant now) {
        ImportMapping saved = em.find(ImportMapping.class, ImportService.mappingKey(source));
        if (saved == null) {
            em.persist(new ImportMapping(ImportService.mappingKey(source), Findings.mapping(mapping), currentUser.getUsername(), now));
        } else {
            saved.save(Findings.mapping(mapping), currentUser.getUsername(), now);
        }
    }

    /**
     * Judges a batch of the list's rows and stores them all at once; with {@code last}, also the line its
     * reading stopped at (an error) and the preview is done. {@code earlier}: the list's rows judged new in
     * the batches before, which this batch's rows are also matched against, and to which its new rows are added.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public void preview(long id, List<ListFile.ListRow> rows, ListFile last, EarlierRows earlier) {
        ListImport listImport = locked(id);
        if (listImport.getState() != ImportState.PREVIEWING) {
            return;
        }
        List<String> header = Findings.cells(listImport.getHeader());
        ColumnMapping mapping = ColumnMapping.of(header, Findings.mapping(listImport.getMapping()), new ArrayList<>());
        List<ImportRow> judged = new ArrayList<>(judge.judge(id, rows, header.size(), mapping, listImport.defaults(), earlier));
        if (last != null && last.stoppedAt() > 0) {
            judged.add(new ImportRow(id, last.stoppedAt(), RowState.ERROR, Findings.cells(List.of()),
                    Findings.problems(List.of(last.problem())), null, null, null));
        }
        judged.forEach(em::persist);
        Instant now = Instant.now(clock);
        listImport.judged(judged, now);
        if (last != null) {
            listImport.previewed(now);
        }
    }

    /** Checks the commit may start and starts it; how many rows are left to write. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public long start(long id, CommitMode mode, Long roundId) {
        ListImport listImport = locked(id);
        if (mode == null) {
            throw new InvalidInput(FieldError.of("mode", "import.commit.modeRequired"));
        }
        if (roundId != null) {
            // Before anything is written, rather than after the last batch: a list registered without the
            // round it was meant for would have to be nominated again by hand.
            Validation.reject(rounds.listingFromListProblems(roundId, "roundId"));
        }
        if (listImport.getState() == ImportState.PREVIEWING) {
            throw new InvalidInput(FieldError.of("state", "import.commit.previewing"));
        }
        if (listImport.getRowsTotal() < listImport.getRowsExpected()) {
            // A preview a stopped server left unfinished: its unread rows would never be written.
            throw new InvalidInput(FieldError.of("state", "import.commit.previewIncomplete"));
        }
        if (listImport.getState() == ImportState.COMMITTED || listImport.getState() == ImportState.COMMITTING) {
            throw new InvalidInput(FieldError.of("state", "import.commit.already"));
        }
        if (mode == CommitMode.ALL_OR_NOTHING && listImport.getRowsError() > 0) {
            throw new InvalidInput(FieldError.of("mode", "import.commit.hasErrors", listImport.getRowsError()));
        }
        listImport.startCommit(mode, roundId, ImportSettings.node(), Instant.now(clock));
        return listImport.getRowsNew() - listImport.getRowsCommitted();
    }

    /** Before the first line of any list: where a commit's walk over its rows starts. */
    public static final long BEFORE_FIRST_LINE = -1;

    /**
     * Registers the new rows after line {@code after} still without a person, reading up to {@code limit}
     * rows (all of them when {@code limit} is 0); the last line read, or -1 when there was none left. A row
     * that has its person already (written before a stopped commit was taken up again) is passed over.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public long write(long id, int limit, long after) {
        ListImport listImport = locked(id);
        if (listImport.getState() != ImportState.COMMITTING) {
            return -1;
        }
        List<String> header = Findings.cells(listImport.getHeader());
        ColumnMapping mapping = ColumnMapping.of(header, Findings.mapping(listImport.getMapping()), new ArrayList<>());
        var query = em.createNamedQuery("ImportRow.toCommit", ImportRow.class).setParameter("importId", id)
                .setParameter("after", after);
        if (limit > 0) {
            query.setMaxResults(limit);
        }
        List<ImportRow> read = query.getResultList();
        List<ImportRow> rows = read.stream().filter(row -> row.getPersonId() == null).toList();
        List<PersonDetails> details = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            details.add(ListedPerson.read(Findings.cells(row.getCells()), header.size(), mapping, listImport.defaults(),
                    new ArrayList<>()));
        }
        List<Long> registered = rows.isEmpty() ? List.of()
                : persons.registerListed(details, listImport.getSourceKind(), listImport.getReceivedOn(), listImport.getSource());
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).registeredAs(registered.get(i));
        }
        listImport.committed(registered.size(), Instant.now(clock));
        return read.isEmpty() ? -1 : read.get(read.size() - 1).getLine();
    }

    /**
     * Ends the commit: with a round, first nominates the people the list names who are already registered
     * (see {@link #nominate}), in this same transaction, so that a stop before it nominates nobody and a
     * stop after it leaves the list committed.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public void finish(long id) {
        ListImport listImport = locked(id);
        if (listImport.getRoundId() != null && listImport.getState() == ImportState.COMMITTING) {
            nominate(listImport);
        }
        listImport.finish(Instant.now(clock));
    }

    /**
     * Puts on the import's round the registered people its rows were found likely to be, by the round's
     * own rules, and keeps on each row what came of it: nominated, or why not (several cases likely the
     * same person, outside the caller's scope, not verified yet, on another open round, not of the round's
     * kind). A row already answered is not asked again. The new people it registered are reported, not
     * verified, so never nominated: their rows say so when read.
     */
    private void nominate(ListImport listImport) {
        List<ImportRow> rows = em.createNamedQuery("ImportRow.toNominate", ImportRow.class)
                .setParameter("importId", listImport.getId()).getResultList();
        List<Long> people = rows.stream().filter(row -> !row.isMatchAmbiguous()).map(ImportRow::getMatchPersonId).toList();
        Map<Long, Optional<FieldError>> refusals = people.isEmpty() ? Map.of()
                : rounds.nominateWhoMay(listImport.getRoundId(), people);
        long nominated = 0;
        for (ImportRow row : rows) {
            Optional<FieldError> refusal = row.isMatchAmbiguous() ? Optional.of(FieldError.of("roundId", AMBIGUOUS))
                    : refusals.get(row.getMatchPersonId());
            if (refusal.isEmpty()) {
                row.nominationCame(new Reason(NOMINATED, List.of()));
                nominated++;
            } else {
                row.nominationCame(new Reason(refusal.get().messageKey(),
                        refusal.get().arguments().stream().map(String::valueOf).toList()));
            }
        }
        listImport.nominated(nominated, rows.size() - nominated);
    }

    /** Marks the commit stopped, with the reason as a message key; what was written stays written. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public void fail(long id, String why) {
        locked(id).fail(new Reason(why, List.of()), Instant.now(clock));
    }

    /** Marks the commit stopped by a refusal, kept with its arguments so that it reads whole; what was written stays. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.SUPERVISOR})
    public void fail(long id, InvalidInput refused) {
        FieldError first = refused.errors().get(0);
        locked(id).fail(new Reason(first.messageKey(), first.arguments().stream().map(String::valueOf).toList()),
                Instant.now(clock));
    }

    private ListImport locked(long id) {
        ListImport listImport = em.find(ListImport.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (listImport == null || !listImport.getUsername().equals(currentUser.getUsername())) {
            throw new NotFound("import", id);
        }
        return listImport;
    }
}
