package org.homeward.person;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.homeward.platform.NotPersonal;

/**
 * Something that belongs to one person's case and to no other: a document, a source, a relative, a
 * note, a task. Reached only through its person, whose record scope decides who sees it; only a merge of
 * two records of one person moves it to the other.
 */
@MappedSuperclass
@Audited
public abstract class CasePart {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_part_seq")
    @SequenceGenerator(name = "person_part_seq", sequenceName = "person_part_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    @NotPersonal
    private Person person;

    @Version
    private long version;

    protected CasePart() {
    }

    protected CasePart(Person person) {
        this.person = Objects.requireNonNull(person, "person is required");
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    /**
     * A merge gives the closed record's parts to the surviving record, the one time a part changes hands:
     * written as a change of this row, so that its own history shows the move in the merge's revision.
     */
    public void moveTo(Person survivor) {
        this.person = Objects.requireNonNull(survivor, "survivor is required");
    }

    public long getVersion() {
        return version;
    }
}
