package org.homeward.person.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.homeward.access.CurrentUser;
import org.homeward.access.OfficeService;
import org.homeward.access.OfficeRow;
import org.homeward.access.UserService;
import org.homeward.access.UserRow;
import org.homeward.person.Category;
import org.homeward.person.Circumstance;
import org.homeward.person.DatePrecision;
import org.homeward.person.DocumentType;
import org.homeward.person.HealthCondition;
import org.homeward.person.IdentificationStatus;
import org.homeward.person.IdentityDocument;
import org.homeward.person.MatchService;
import org.homeward.person.PossibleMatch;
import org.homeward.person.PersonDetails;
import org.homeward.person.PersonRecord;
import org.homeward.person.PersonService;
import org.homeward.person.Sex;
import org.homeward.person.Side;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.NotFound;
import org.homeward.platform.Role;
import org.homeward.platform.web.DayConverter;
import org.homeward.platform.web.ErrorStatus;
import org.homeward.platform.web.PageMessages;

/**
 * Registering a person, or revising their record: one form whose sections follow the category
 * (military service for prisoners of war, child details for children, identification for remains).
 */
@Named
@ViewScoped
public class CaseFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonService persons;

    @Inject
    OfficeService offices;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserService users;

    @Inject
    PageMessages messages;

    @Inject
    MatchService matchService;

    private Long id;
    private long version;
    private String caseNumber;
    private Category category;
    /** One section of an existing case, edited on its own (from its link on the case page); null: the whole form. */
    private String section;
    private boolean deceased;
    private PersonDetails details;
    private String aliases;
    private List<DocumentRow> documents = new ArrayList<>();
    private List<OfficeRow> officeChoices;
    /** The office the case is kept in as loaded: the only one a caseworker may choose. */
    private String keptIn;
    private List<UserRow> assigneeChoices;
    private String assigneeOffice;
    /** The registered people this form's person may be, once checked; null before. */
    private List<PossibleMatch> matches;

    /** One document line of the form. */
    public static class DocumentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private DocumentType type;
        private String number;
        private String issuingCountry;

        public DocumentType getType() {
            return type;
        }

        public void setType(DocumentType type) {
            this.type = type;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getIssuingCountry() {
            return issuingCountry;
        }

        public void setIssuingCountry(String issuingCountry) {
            this.issuingCountry = issuingCountry;
        }
    }

    /** On page load: an existing record to revise (id), or a new one of the category asked for. */
    public void load() {
        if (details != null) {
            return;
        }
        if (id == null) {
            details = new PersonDetails();
            details.setCategory(category == null ? Category.POW : category);
            details.setSide(Side.OWN);
            details.setOffice(currentUser.getOfficeCode());
            keptIn = details.getOffice();
            // Whoever registers a case follows it, unless they hand it to someone else of the office.
            details.setAssignedTo(currentUser.getUsername());
            category = details.getCategory();
            return;
        }
        try {
            show(persons.get(id));
        } catch (NotFound notFound) {
            ErrorStatus.notFound("no such case");
        }
    }

    private void show(PersonRecord record) {
        details = CaseRecords.toDetails(record);
        keptIn = details.getOffice();
        version = record.version();
        caseNumber = record.caseNumber();
        category = details.getCategory();
        deceased = record.deceased();
        aliases = String.join("\n", record.aliases());
        documents = new ArrayList<>();
        for (PersonRecord.Document document : record.documents()) {
            DocumentRow row = new DocumentRow();
            row.setType(DocumentType.valueOf(document.type()));
            row.setNumber(document.number());
            row.setIssuingCountry(document.issuingCountry());
            documents.add(row);
        }
    }

    public void addDocument() {
        documents.add(new DocumentRow());
    }

    public void removeDocument(DocumentRow row) {
        documents.remove(row);
    }

    public String save() {
        takeListsFromTheForm();
        return messages.submit("caseForm", () -> {
            takePrecisionFromWhatWasTyped();
            PersonRecord saved = id == null ? persons.register(details) : persons.update(id, details, version);
            messages.info(id == null ? "case.registered" : "case.saved", saved.caseNumber());
            return "/cases/case?faces-redirect=true&id=" + saved.id();
        });
    }

    /**
     * Lists the registered people the person being registered may be, before saving: the caseworker
     * sees the likely matches with their explanation and may still register.
     */
    public void checkMatches() {
        takeListsFromTheForm();
        messages.carryOut("caseForm", () -> {
            takePrecisionFromWhatWasTyped();
            matches = matchService.of(details, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        });
    }

    public List<PossibleMatch> getMatches() {
        return matches;
    }

    private void takeListsFromTheForm() {
        details.setAliases(aliases == null ? List.of() : Arrays.asList(aliases.split("\\R")));
        details.setDocuments(documents.stream()
                .filter(d -> d.getType() != null || d.getNumber() != null && !d.getNumber().isBlank())
                .map(d -> new IdentityDocument.Draft(d.getType(), d.getNumber(), d.getIssuingCountry()))
                .toList());
    }

    /**
     * A date of birth typed as a month or a year (2014-06, 2014) says how much of it is known, unless the
     * form says it: then the two must agree, for the day of a partial date is not known.
     */
    private void takePrecisionFromWhatWasTyped() {
        ChronoUnit typed = DayConverter.typedPart("caseForm:dateOfBirth");
        if (typed != ChronoUnit.MONTHS && typed != ChronoUnit.YEARS) {
            return;
        }
        DatePrecision chosen = details.getBirth().getDateOfBirthPrecision();
        if (chosen == null) {
            details.getBirth().setDateOfBirthPrecision(typed == ChronoUnit.MONTHS ? DatePrecision.MONTH : DatePrecision.YEAR);
        } else if (chosen == DatePrecision.EXACT || chosen == DatePrecision.MONTH && typed == ChronoUnit.YEARS) {
            throw new InvalidInput(FieldError.of("dateOfBirth", "date.partialButExact"));
        }
    }

    public boolean isNew() {
        return id == null;
    }

    /**
     * The parts of the record this case has a section for on the form; only the one asked for when a
     * single section of an existing case is edited (an unknown name shows them all).
     */
    public List<String> getSections() {
        List<String> all = CaseSections.of(category, deceased);
        return isWhole() ? all : List.of(section);
    }

    /** The whole form (registering, or editing everything), not a single section of the case. */
    public boolean isWhole() {
        return id == null || section == null || !CaseSections.of(category, deceased).contains(section);
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    /** Every office for a supervisor; for a caseworker the case's own (their own when registering): a supervisor's decision. */
    public List<OfficeRow> getOfficeChoices() {
        if (officeChoices == null) {
            officeChoices = offices.list().stream()
                    .filter(office -> isSupervisor() || office.code().equals(keptIn)).toList();
        }
        return officeChoices;
    }

    public boolean isSupervisor() {
        return currentUser.hasRole(Role.SUPERVISOR);
    }

    /** The staff of the chosen office, whom the case may be assigned to. */
    public List<UserRow> getAssigneeChoices() {
        if (assigneeChoices == null || !java.util.Objects.equals(assigneeOffice, details.getOffice())) {
            assigneeOffice = details.getOffice();
            assigneeChoices = assigneeOffice == null ? List.of() : users.assignees(assigneeOffice);
        }
        return assigneeChoices;
    }

    /** Another office was chosen: an assignee who is not of its staff is no longer a choice. */
    public void officeChanged() {
        if (getAssigneeChoices().stream().noneMatch(user -> user.username().equals(details.getAssignedTo()))) {
            details.setAssignedTo(null);
        }
    }

    public Side[] getSides() {
        return Side.values();
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public DatePrecision[] getPrecisions() {
        return DatePrecision.values();
    }

    public Circumstance[] getCircumstances() {
        return Circumstance.values();
    }

    public HealthCondition[] getHealthConditions() {
        return HealthCondition.values();
    }

    public IdentificationStatus[] getIdentificationStatuses() {
        return IdentificationStatus.values();
    }

    public DocumentType[] getDocumentTypes() {
        return DocumentType.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public PersonDetails getDetails() {
        return details;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }
}
