package org.homeward.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.homeward.platform.NotPersonal;
import org.homeward.platform.Personal;

/**
 * A relative of a person: another person in the registry (a child's mother, herself a case) or a
 * contact outside it, with the details of whom to inform.
 */
@Entity
@Table(name = "family_link")
@Audited
@NamedQuery(name = "FamilyLink.of", query = "select l from FamilyLink l where l.person.id = :id order by l.id")
@NamedQuery(name = "FamilyLink.naming", query = "select l from FamilyLink l where l.relatedPerson.id = :id order by l.id")
public class FamilyLink extends CasePart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    @NotPersonal
    private Relation relation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "related_person_id")
    @NotPersonal
    private Person relatedPerson;

    @Column(name = "contact_name", length = 200)
    @Personal
    private String contactName;

    @Column(name = "contact_details", length = 500)
    @Personal
    private String contactDetails;

    @Column(name = "to_be_informed", nullable = false)
    @NotPersonal
    private boolean toBeInformed;

    protected FamilyLink() {
    }

    /** A relative who is a person in the registry. */
    FamilyLink(Person person, Relation relation, Person relatedPerson, String contactDetails, boolean toBeInformed) {
        this(person, relation, contactDetails, toBeInformed);
        this.relatedPerson = Objects.requireNonNull(relatedPerson, "related person is required");
    }

    /** A relative known only as a contact. */
    FamilyLink(Person person, Relation relation, String contactName, String contactDetails, boolean toBeInformed) {
        this(person, relation, contactDetails, toBeInformed);
        this.contactName = Objects.requireNonNull(contactName, "contact name is required");
    }

    private FamilyLink(Person person, Relation relation, String contactDetails, boolean toBeInformed) {
        super(person);
        this.relation = Objects.requireNonNull(relation, "relation is required");
        this.contactDetails = contactDetails;
        this.toBeInformed = toBeInformed;
    }

    public Relation getRelation() {
        return relation;
    }

    /** A merge: a link naming the closed record names the surviving one, and the link's history shows it. */
    public void relinkTo(Person survivor) {
        this.relatedPerson = Objects.requireNonNull(survivor, "survivor is required");
    }

    public Person getRelatedPerson() {
        return relatedPerson;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactDetails() {
        return contactDetails;
    }

    public boolean isToBeInformed() {
        return toBeInformed;
    }
}
