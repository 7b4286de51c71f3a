package org.homeward.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.homeward.platform.NotPersonal;
import org.homeward.platform.Personal;

/** A dated note on a case, by its author: what was learned, said or done. Notes are never edited. */
@Entity
@Table(name = "case_note")
@Audited
@NamedQuery(name = "CaseNote.of", query = "select n from CaseNote n where n.person.id = :id order by n.writtenAt desc, n.id desc")
public class CaseNote extends CasePart {

    @Column(nullable = false, length = 64, updatable = false)
    @NotPersonal
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    @NotPersonal
    private Instant writtenAt;

    @Column(name = "text", nullable = false, length = 4000, updatable = false)
    @Personal
    private String text;

    protected CaseNote() {
    }

    CaseNote(Person person, String author, Instant writtenAt, String text) {
        super(person);
        this.author = Objects.requireNonNull(author, "author is required");
        this.writtenAt = Objects.requireNonNull(writtenAt);
        this.text = Objects.requireNonNull(text, "text is required");
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
