package org.homeward.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import org.homeward.matching.Reason;

/**
 * One row of an imported list: its cells as written, what the preview found, and the person it became.
 * The queries order by the columns their index leads with, fixed by equality, before the line: H2 reads an
 * index in order only when the ORDER BY starts with its leading columns, and otherwise reads and sorts every
 * row of the list for each page or batch (a commit of 100,000 rows slowed to a crawl, each batch sorting all
 * those left). The commit's batches walk the new rows by line after the last one read, not by
 * "no person yet", which no index gives in line order on H2.
 */
@Entity
@Table(name = "list_import_row")
@NamedQuery(name = "ImportRow.page",
        query = "select r from ImportRow r where r.importId = :importId order by r.importId, r.line")
@NamedQuery(name = "ImportRow.pageOf",
        query = "select r from ImportRow r where r.importId = :importId and r.state = :state order by r.importId, r.state, r.line")
@NamedQuery(name = "ImportRow.toCommit",
        query = "select r from ImportRow r where r.importId = :importId and r.state = org.homeward.imports.RowState.NEW "
                + "and r.line > :after order by r.importId, r.state, r.line")
@NamedQuery(name = "ImportRow.toNominate",
        query = "select r from ImportRow r where r.importId = :importId and r.state = org.homeward.imports.RowState.DUPLICATE "
                + "and r.matchPersonId is not null and r.nomination is null order by r.importId, r.state, r.line")
public class ImportRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "list_import_row_seq")
    @SequenceGenerator(name = "list_import_row_seq", sequenceName = "list_import_row_seq", allocationSize = 50)
    private Long id;

    @Column(name = "import_id", nullable = false, updatable = false)
    private long importId;

    @Column(name = "line_no", nullable = false, updatable = false)
    private long line;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private RowState state;

    @Column(nullable = false, length = 8000, updatable = false)
    private String cells;

    @Column(length = 4000, updatable = false)
    private String problems;

    @Column(name = "match_person_id", updatable = false)
    private Long matchPersonId;

    @Column(name = "match_score", updatable = false)
    private Integer matchScore;

    @Column(name = "match_reasons", length = 4000, updatable = false)
    private String matchReasons;

    /** More than one registered case is likely the row's person: which one is for the duplicates queue to say. */
    @Column(name = "match_ambiguous", nullable = false, updatable = false)
    private boolean matchAmbiguous;

    @Column(name = "person_id")
    private Long personId;

    /** What came of nominating the row's person to the import's round, as a message key with its arguments (JSON). */
    @Column(length = 500)
    private String nomination;

    protected ImportRow() {
    }

    ImportRow(long importId, long line, RowState state, String cells, String problems, Long matchPersonId, Integer matchScore,
            String matchReasons) {
        this(importId, line, state, cells, problems, matchPersonId, matchScore, matchReasons, false);
    }

    ImportRow(long importId, long line, RowState state, String cells, String problems, Long matchPersonId, Integer matchScore,
            String matchReasons, boolean matchAmbiguous) {
        this.matchAmbiguous = matchAmbiguous;
        this.importId = importId;
        this.line = line;
        this.state = state;
        this.cells = cells;
        this.problems = problems;
        this.matchPersonId = matchPersonId;
        this.matchScore = matchScore;
        this.matchReasons = matchReasons;
    }

    void registeredAs(long person) {
        this.personId = person;
    }

    /** What came of nominating the matched person: nominated, or why not. */
    void nominationCame(Reason outcome) {
        String kept = Findings.reasons(List.of(outcome));
        // A round's name is at most 200 characters, so this holds; the key alone still reads whole.
        this.nomination = kept.length() <= 500 ? kept : Findings.reasons(List.of(new Reason(outcome.messageKey(), List.of())));
    }

    public long getLine() {
        return line;
    }

    public RowState getState() {
        return state;
    }

    public String getCells() {
        return cells;
    }

    public String getProblems() {
        return problems;
    }

    public Long getMatchPersonId() {
        return matchPersonId;
    }

    public Integer getMatchScore() {
        return matchScore;
    }

    public String getMatchReasons() {
        return matchReasons;
    }

    public Long getPersonId() {
        return personId;
    }

    public boolean isMatchAmbiguous() {
        return matchAmbiguous;
    }

    /** What came of nominating the matched person, or null when nobody asked. */
    public Reason getNomination() {
        return nomination == null ? null : Findings.reasons(nomination).get(0);
    }
}
