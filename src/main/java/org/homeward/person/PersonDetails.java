package org.homeward.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.homeward.platform.FieldError;
import org.homeward.platform.FreeText;
import org.homeward.platform.PlainText;

/**
 * Everything a caseworker records about a person, as a form: the registration page and the API both
 * fill one and hand it to {@link PersonService}, which validates it whole before anything is written.
 * The record's parts are the value objects {@link Person} is built from; a field is added to its part,
 * and the form, the API and the page take it from there.
 */
public class PersonDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{person.category.required}")
    private Category category;

    @NotNull(message = "{person.side.required}")
    private Side side;

    @NotBlank(message = "{person.office.required}")
    private String office;

    /** Username of the caseworker the case is assigned to; none is allowed. */
    private String assignedTo;

    private boolean restricted;

    @Valid
    private PersonName names = new PersonName();
    @Valid
    private Origin origin = new Origin();
    @Valid
    private DateOfBirth birth = new DateOfBirth();
    @Valid
    private MilitaryService military = new MilitaryService();
    @Valid
    private Circumstances circumstances = new Circumstances();
    @Valid
    private Whereabouts whereabouts = new Whereabouts();
    @Valid
    private Health health = new Health();
    @Valid
    private ChildDetails child = new ChildDetails();
    @Valid
    private RemainsDetails remains = new RemainsDetails();
    @Valid
    private Consent consent = new Consent();

    @Size(max = 20, message = "{person.aliases.tooMany}")
    private List<@Size(max = 200, message = "{text.tooLong}") @PlainText String> aliases = new ArrayList<>();

    @Size(max = 20, message = "{person.documents.tooMany}")
    private List<IdentityDocument.Draft> documents = new ArrayList<>();

    /**
     * A problem found in one of the parts is named by its field alone ("dateOfBirth", not
     * "birth.dateOfBirth"): the names the API's callers and the form's fields know.
     */
    static FieldError named(FieldError error) {
        int dot = error.field().indexOf('.');
        boolean inPart = dot > 0 && !error.field().startsWith("documents") && !error.field().startsWith("aliases");
        return inPart ? new FieldError(error.field().substring(dot + 1), error.messageKey(), error.arguments()) : error;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = FreeText.clean(office);
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public void setAssignedTo(String assignedTo) {
        this.assignedTo = FreeText.clean(assignedTo);
    }

    public boolean isRestricted() {
        return restricted;
    }

    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }

    public PersonName getNames() {
        return names;
    }

    public void setNames(PersonName names) {
        this.names = names;
    }

    public Origin getOrigin() {
        return origin;
    }

    public void setOrigin(Origin origin) {
        this.origin = origin;
    }

    public DateOfBirth getBirth() {
        return birth;
    }

    public void setBirth(DateOfBirth birth) {
        this.birth = birth;
    }

    public MilitaryService getMilitary() {
        return military;
    }

    public void setMilitary(MilitaryService military) {
        this.military = military;
    }

    public Circumstances getCircumstances() {
        return circumstances;
    }

    public void setCircumstances(Circumstances circumstances) {
        this.circumstances = circumstances;
    }

    public Whereabouts getWhereabouts() {
        return whereabouts;
    }

    public void setWhereabouts(Whereabouts whereabouts) {
        this.whereabouts = whereabouts;
    }

    public Health getHealth() {
        return health;
    }

    public void setHealth(Health health) {
        this.health = health;
    }

    public ChildDetails getChild() {
        return child;
    }

    public void setChild(ChildDetails child) {
        this.child = child;
    }

    public RemainsDetails getRemains() {
        return remains;
    }

    public void setRemains(RemainsDetails remains) {
        this.remains = remains;
    }

    public Consent getConsent() {
        return consent;
    }

    public void setConsent(Consent consent) {
        this.consent = consent;
    }

    public List<String> getAliases() {
        return aliases;
    }

    public void setAliases(List<String> aliases) {
        this.aliases = aliases == null ? new ArrayList<>()
                : new ArrayList<>(aliases.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).distinct().toList());
    }

    public List<IdentityDocument.Draft> getDocuments() {
        return documents;
    }

    public void setDocuments(List<IdentityDocument.Draft> documents) {
        this.documents = documents == null ? new ArrayList<>() : new ArrayList<>(documents);
    }
}
