package org.homeward.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeward.platform.FieldError;
import org.homeward.platform.InvalidInput;
import org.homeward.platform.api.FieldParser;
import org.homeward.platform.api.FlatParts;
import org.junit.jupiter.api.Test;

/** The value objects a person is built from guard their own rules, without a container. */
class PersonPartsTest {

    private static List<String> problems(DateOfBirth birth) {
        return birth.problems().stream().map(e -> e.field() + ":" + e.messageKey()).toList();
    }

    @Test
    void anEstimatedAgeGoesWithTheEstimatedPrecisionAndOnlyWithIt() {
        DateOfBirth birth = new DateOfBirth();
        assertEquals(List.of(), problems(birth), "nothing known is no contradiction");

        birth.setEstimatedAge(30);
        assertEquals(List.of("estimatedAge:person.estimatedAge.onlyEstimated"), problems(birth));

        birth.setDateOfBirthPrecision(DatePrecision.ESTIMATED);
        assertEquals(List.of(), problems(birth));

        birth.setEstimatedAge(null);
        assertEquals(List.of("estimatedAge:person.estimatedAge.required"), problems(birth));

        birth.setDateOfBirthPrecision(DatePrecision.YEAR);
        birth.setDateOfBirth(LocalDate.of(1998, 1, 1));
        assertEquals(List.of(), problems(birth));
    }

    @Test
    void latinFormsNobodyTypedAreComputedAndTypedOnesKept() {
        PersonName names = new PersonName();
        names.setFamilyName("  Шевченко ");
        names.setGivenName("Олексій");
        names.setLatinGivenName(" Oleksiy ");

        names.completeLatinForms();

        assertEquals("Шевченко", names.getFamilyName(), "typed blanks are not part of the name");
        assertEquals("Shevchenko", names.getLatinFamilyName());
        assertEquals("Oleksiy", names.getLatinGivenName(), "the caseworker's correction stays");
        assertNull(names.getLatinPatronymic(), "no patronymic, no Latin form of it");
        assertEquals("Shevchenko", names.getTransliterations().familyName());
        assertEquals("Шевченко Олексій", names.getFullName());
        assertEquals("Shevchenko Oleksiy", names.getLatinFullName());
    }

    @Test
    void blankTextIsNoValue() {
        Whereabouts whereabouts = new Whereabouts();
        whereabouts.setCurrentLocation("   ");
        assertNull(whereabouts.getCurrentLocation());
        Consent consent = new Consent();
        assertFalse(consent.isConsentTracing(), "consent is never assumed");
        assertFalse(consent.isConsentSharing(), "consent is never assumed");
    }

    @Test
    void medicalNotesCanBeLeftOutForAReaderWhoMayNotSeeThem() {
        Health health = new Health();
        health.setHealthCondition(HealthCondition.SERIOUSLY_WOUNDED);
        health.setSeriouslyWounded(true);
        health.setMedicalNotes("Shrapnel wound, left leg");

        Health shown = health.withoutMedicalNotes();

        assertNull(shown.getMedicalNotes());
        assertEquals(HealthCondition.SERIOUSLY_WOUNDED, shown.getHealthCondition());
        assertTrue(shown.isSeriouslyWounded());
        assertEquals("Shrapnel wound, left leg", health.getMedicalNotes(), "the record itself keeps them");
    }

    @Test
    void aProblemInAPartIsNamedByItsFieldAsTheApiAndTheFormKnowIt() {
        assertEquals("dateOfBirth", PersonDetails.named(FieldError.of("birth.dateOfBirth", "date.future")).field());
        assertEquals("familyName", PersonDetails.named(FieldError.of("names.familyName", "x")).field());
        assertEquals("documents[1].number", PersonDetails.named(FieldError.of("documents[1].number", "x")).field());
        assertEquals("office", PersonDetails.named(FieldError.of("office", "x")).field());
    }

    @Test
    void aFlatRequestFillsEveryPartByFieldName() {
        PersonDetails details = new PersonDetails();
        FieldParser parser = new FieldParser();
        FlatParts.read(Map.of("familyName", "Шевченко", "sex", "MALE", "dateOfBirth", "1998-04-12",
                "estimatedAge", new java.math.BigDecimal(27), "seriouslyWounded", true, "oblast", "Donetska",
                "consentSharing", true, "identificationStatus", "CONFIRMED"), details, parser);
        parser.rejectIfAnyFailed();

        assertEquals("Шевченко", details.getNames().getFamilyName());
        assertEquals(Sex.MALE, details.getOrigin().getSex());
        assertEquals(LocalDate.of(1998, 4, 12), details.getBirth().getDateOfBirth());
        assertEquals(27, details.getBirth().getEstimatedAge());
        assertTrue(details.getHealth().isSeriouslyWounded());
        assertEquals("Donetska", details.getCircumstances().getOblast());
        assertTrue(details.getConsent().isConsentSharing());
        assertFalse(details.getConsent().isConsentTracing());
        assertEquals(IdentificationStatus.CONFIRMED, details.getRemains().getIdentificationStatus());
    }

    @Test
    void aBadValueInARequestIsNamedByItsField() {
        FieldParser parser = new FieldParser();
        FlatParts.read(Map.of("dateOfBirth", "1998-02-31", "sex", "ROBOT", "seriouslyWounded", "perhaps"),
                new PersonDetails(), parser);

        InvalidInput invalid = org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class, parser::rejectIfAnyFailed);
        assertEquals(List.of("dateOfBirth", "seriouslyWounded", "sex"),
                invalid.errors().stream().map(FieldError::field).sorted().toList());
    }
}
