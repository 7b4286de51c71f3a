package org.homeward.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** A dated note on a case, by its author: what was learned, said or done. Notes are never edited. */
@Entity
@Table(name = "case_note")
@Audited
@NamedQuery(name = "CaseNote.of", query = "select n from CaseNote n where n.person.id = :id order by n.writtenAt desc, n.id desc")
public class CaseNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_part_seq")
    @SequenceGenerator(name = "person_part_seq", sequenceName = "person_part_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(nullable = false, length = 64, updatable = false)
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "text", nullable = false, length = 4000, updatable = false)
    private String text;

    @Version
    private long version;

    protected CaseNote() {
    }

    CaseNote(Person person, String author, Instant writtenAt, String text) {
        this.person = Objects.requireNonNull(person);
        this.author = Objects.requireNonNull(author, "author is required");
        this.writtenAt = Objects.requireNonNull(writtenAt);
        this.text = Objects.requireNonNull(text, "text is required");
    }

    public Long getId() {
        return id;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }
}
