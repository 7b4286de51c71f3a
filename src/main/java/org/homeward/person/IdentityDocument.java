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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** A document that identifies a person: passport, national ID, birth certificate, military ID, service number, ICRC reference. */
@Entity
@Table(name = "identity_document")
@Audited
public class IdentityDocument {

    /** A document as typed in a form, before it belongs to a person. */
    public record Draft(DocumentType type, String number, String issuingCountry) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_part_seq")
    @SequenceGenerator(name = "person_part_seq", sequenceName = "person_part_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 20)
    private DocumentType type;

    @Column(name = "document_number", nullable = false, length = 60)
    private String number;

    @Column(name = "issuing_country", length = 60)
    private String issuingCountry;

    @Version
    private long version;

    protected IdentityDocument() {
    }

    IdentityDocument(Person person, DocumentType type, String number, String issuingCountry) {
        this.person = Objects.requireNonNull(person);
        this.type = Objects.requireNonNull(type, "document type is required");
        // Stored as people read it off the document, in capitals and without surrounding space.
        this.number = Objects.requireNonNull(number, "document number is required").strip().toUpperCase(Locale.ROOT);
        this.issuingCountry = issuingCountry;
    }

    public Long getId() {
        return id;
    }

    public DocumentType getType() {
        return type;
    }

    public String getNumber() {
        return number;
    }

    public String getIssuingCountry() {
        return issuingCountry;
    }
}
