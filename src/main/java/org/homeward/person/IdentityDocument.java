package org.homeward.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.homeward.platform.NotPersonal;
import org.homeward.platform.Personal;

/** A document that identifies a person: passport, national ID, birth certificate, military ID, service number, ICRC reference. */
@Entity
@Table(name = "identity_document")
@Audited
public class IdentityDocument extends CasePart {

    /** A document as typed in a form, before it belongs to a person. */
    public record Draft(DocumentType type, String number, String issuingCountry) implements Serializable {
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 20)
    @NotPersonal
    private DocumentType type;

    @Column(name = "document_number", nullable = false, length = 60)
    @Personal
    private String number;

    @Column(name = "issuing_country", length = 60)
    @Personal
    private String issuingCountry;

    protected IdentityDocument() {
    }

    IdentityDocument(Person person, DocumentType type, String number, String issuingCountry) {
        super(person);
        this.type = Objects.requireNonNull(type, "document type is required");
        // Stored as people read it off the document, in capitals and without surrounding space.
        this.number = Objects.requireNonNull(number, "document number is required").strip().toUpperCase(Locale.ROOT);
        this.issuingCountry = issuingCountry;
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
