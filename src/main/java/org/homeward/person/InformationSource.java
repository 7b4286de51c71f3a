package org.homeward.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.homeward.platform.NotPersonal;
import org.homeward.platform.Personal;

/** A source of what is known about a person: who said it, when it arrived, how reliable it is. */
@Entity
@Table(name = "information_source")
@Audited
@NamedQuery(name = "InformationSource.of", query = "select s from InformationSource s where s.person.id = :id order by s.receivedOn desc, s.id desc")
public class InformationSource extends CasePart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    @NotPersonal
    private SourceKind kind;

    @Column(name = "received_on")
    @NotPersonal
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    @NotPersonal
    private Reliability reliability;

    @Column(length = 500)
    @Personal
    private String reference;

    protected InformationSource() {
    }

    InformationSource(Person person, SourceKind kind, LocalDate receivedOn, Reliability reliability, String reference) {
        super(person);
        this.kind = Objects.requireNonNull(kind, "kind is required");
        this.receivedOn = receivedOn;
        this.reliability = Objects.requireNonNull(reliability, "reliability is required");
        this.reference = reference;
    }

    public SourceKind getKind() {
        return kind;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Reliability getReliability() {
        return reliability;
    }

    public String getReference() {
        return reference;
    }
}
