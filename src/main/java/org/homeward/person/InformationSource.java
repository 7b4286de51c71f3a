package org.homeward.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** A source of what is known about a person: who said it, when it arrived, how reliable it is. */
@Entity
@Table(name = "information_source")
@Audited
@NamedQuery(name = "InformationSource.of", query = "select s from InformationSource s where s.person.id = :id order by s.receivedOn desc, s.id desc")
public class InformationSource {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_part_seq")
    @SequenceGenerator(name = "person_part_seq", sequenceName = "person_part_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private SourceKind kind;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Reliability reliability;

    @Column(length = 500)
    private String reference;

    @Version
    private long version;

    protected InformationSource() {
    }

    InformationSource(Person person, SourceKind kind, LocalDate receivedOn, Reliability reliability, String reference) {
        this.person = Objects.requireNonNull(person);
        this.kind = Objects.requireNonNull(kind, "kind is required");
        this.receivedOn = receivedOn;
        this.reliability = Objects.requireNonNull(reliability, "reliability is required");
        this.reference = reference;
    }

    public Long getId() {
        return id;
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
