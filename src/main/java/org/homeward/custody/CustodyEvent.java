package org.homeward.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.homeward.person.CasePart;
import org.homeward.person.InformationSource;
import org.homeward.person.Person;
import org.homeward.platform.NotPersonal;
import org.homeward.platform.Personal;

/**
 * Something that happened to a person in custody, on a date as far as it is known: captured, interned
 * at a place, transferred, taken to hospital and discharged, escaped and recaptured, released, died. For
 * a person we hold it is the bureau's own record; for one of ours, what the other side or the ICRC
 * reported, resting on one of the case's sources of information.
 */
@Entity
@Table(name = "custody_event")
@Audited
@NamedQuery(name = "CustodyEvent.of", query = "select e from CustodyEvent e left join fetch e.source "
        + "where e.person.id = :id order by e.date.day desc, e.id desc")
@NamedQuery(name = "CustodyEvent.latestDayOf", query = "select max(e.date.day) from CustodyEvent e where e.person.id = :id")
public class CustodyEvent extends CasePart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    @NotPersonal
    private CustodyEventKind kind;

    @Embedded
    @Personal
    private EventDate date;

    @Column(length = 300)
    @Personal
    private String place;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    @NotPersonal
    private InformationSource source;

    @Column(length = 1000)
    @Personal
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    @NotPersonal
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    @NotPersonal
    private Instant recordedAt;

    protected CustodyEvent() {
    }

    CustodyEvent(Person person, CustodyEventKind kind, EventDate date, String place, InformationSource source,
                 String note, String recordedBy, Instant recordedAt) {
        super(person);
        this.kind = Objects.requireNonNull(kind, "kind is required");
        this.date = Objects.requireNonNull(date, "date is required");
        if (source != null && !source.getPerson().equals(person)) {
            throw new IllegalArgumentException("the source of an event is one of its own case's sources");
        }
        this.place = place;
        this.source = source;
        this.note = note;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public CustodyEventKind getKind() {
        return kind;
    }

    public EventDate getDate() {
        return date;
    }

    public String getPlace() {
        return place;
    }

    public InformationSource getSource() {
        return source;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
