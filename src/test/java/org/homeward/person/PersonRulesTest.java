package org.homeward.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.homeward.platform.FieldError;
import org.junit.jupiter.api.Test;

class PersonRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static PersonDetails pow() {
        PersonDetails details = new PersonDetails();
        details.setCategory(Category.POW);
        details.setSide(Side.OWN);
        details.getNames().setFamilyName("Шевченко");
        details.getOrigin().setSex(Sex.MALE);
        details.setOffice("KYIV");
        return details;
    }

    private static List<String> problems(PersonDetails details) {
        return PersonRules.check(details, TODAY).stream().map(e -> e.field() + ":" + e.messageKey()).toList();
    }

    @Test
    void aRecordWithOnlyTheRequiredFieldsIsFine() {
        assertEquals(List.of(), problems(pow()));
    }

    @Test
    void bornBeforeTheCapture() {
        PersonDetails details = pow();
        details.getBirth().setDateOfBirth(LocalDate.of(1998, 4, 12));
        details.getCircumstances().setCircumstanceDate(LocalDate.of(1997, 1, 1));

        assertEquals(List.of("dateOfBirth:person.dateOfBirth.afterCircumstance"), problems(details));
    }

    @Test
    void aChildIsUnder18AtSeparation() {
        PersonDetails child = pow();
        child.setCategory(Category.CHILD);
        child.getBirth().setDateOfBirth(LocalDate.of(2005, 3, 1));
        child.getCircumstances().setCircumstanceDate(LocalDate.of(2022, 4, 10));
        assertEquals(List.of(), problems(child), "17 at deportation");

        child.getCircumstances().setCircumstanceDate(null);
        assertEquals(List.of("dateOfBirth:person.child.tooOld"), problems(child), "21 now, no deportation date");

        child.getBirth().setDateOfBirth(LocalDate.of(2004, 4, 10));
        child.getCircumstances().setCircumstanceDate(LocalDate.of(2022, 4, 10));
        assertEquals(List.of("dateOfBirth:person.child.tooOld"), problems(child), "18 on the day");
    }

    @Test
    void anEstimatedAgeGoesWithTheEstimatedPrecision() {
        PersonDetails details = pow();
        details.getBirth().setEstimatedAge(30);
        assertEquals(List.of("estimatedAge:person.estimatedAge.onlyEstimated"), problems(details));

        details.getBirth().setDateOfBirthPrecision(DatePrecision.ESTIMATED);
        assertEquals(List.of(), problems(details));

        details.getBirth().setEstimatedAge(null);
        assertEquals(List.of("estimatedAge:person.estimatedAge.required"), problems(details));
    }

    @Test
    void documentNumbersHaveTheShapeOfTheirType() {
        PersonDetails details = pow();
        details.setDocuments(List.of(
                new IdentityDocument.Draft(DocumentType.PASSPORT, "ФК 123456", "UA"),
                new IdentityDocument.Draft(DocumentType.PASSPORT, "12", "UA"),
                new IdentityDocument.Draft(DocumentType.NATIONAL_ID, "", null),
                new IdentityDocument.Draft(null, "123456789", null)));

        List<FieldError> errors = PersonRules.check(details, TODAY);

        assertEquals(List.of("documents[1].number", "documents[2].number", "documents[3].type"),
                errors.stream().map(FieldError::field).toList());
    }
}
