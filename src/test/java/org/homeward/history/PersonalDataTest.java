package org.homeward.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.NotAudited;
import org.homeward.custody.CustodyEvent;
import org.homeward.person.CaseNote;
import org.homeward.person.Circumstances;
import org.homeward.person.FamilyLink;
import org.homeward.person.Health;
import org.homeward.person.IdentityDocument;
import org.homeward.person.Person;
import org.homeward.person.PersonName;
import org.homeward.round.Nomination;
import org.homeward.workflow.StatusChange;
import org.junit.jupiter.api.Test;

/** Which fields of a case's history an auditor reads the values of: decided for every field, hidden when not. */
class PersonalDataTest {

    @Test
    void everyAuditedFieldOfACaseAndItsPartsIsClassified() {
        List<String> unclassified = new ArrayList<>();
        unclassifiedFields(Person.class, unclassified);
        CaseHistoryService.PARTS.forEach(part -> unclassifiedFields(part, unclassified));
        assertEquals(List.of(), unclassified, "mark these @Personal or @NotPersonal");
    }

    @Test
    void namesBirthContactsNotesAndHealthArePersonal() throws NoSuchFieldException {
        assertTrue(PersonalData.covers(PersonName.class.getDeclaredField("familyName")));
        assertTrue(PersonalData.covers(Person.class.getDeclaredField("birth")), "a date of birth is one value, personal");
        assertTrue(PersonalData.covers(Person.class.getDeclaredField("aliases")));
        assertTrue(PersonalData.covers(FamilyLink.class.getDeclaredField("contactDetails")));
        assertTrue(PersonalData.covers(FamilyLink.class.getDeclaredField("contactName")));
        assertTrue(PersonalData.covers(CaseNote.class.getDeclaredField("text")));
        assertTrue(PersonalData.covers(Health.class.getDeclaredField("medicalNotes")));
        assertTrue(PersonalData.covers(Circumstances.class.getDeclaredField("circumstancePlace")));
        assertTrue(PersonalData.covers(IdentityDocument.class.getDeclaredField("number")));
        assertTrue(PersonalData.covers(StatusChange.class.getDeclaredField("reason")), "a reason as typed may name anyone");
        assertTrue(PersonalData.covers(CustodyEvent.class.getDeclaredField("place")));
    }

    @Test
    void statusCategoryOfficeRoundCodesAndWhoAndWhenAreNot() throws NoSuchFieldException {
        assertFalse(PersonalData.covers(Person.class.getDeclaredField("status")));
        assertFalse(PersonalData.covers(Person.class.getDeclaredField("category")));
        assertFalse(PersonalData.covers(Person.class.getDeclaredField("office")));
        assertFalse(PersonalData.covers(Nomination.class.getDeclaredField("round")));
        assertFalse(PersonalData.covers(StatusChange.class.getDeclaredField("to")));
        assertFalse(PersonalData.covers(StatusChange.class.getDeclaredField("closingReason")));
        assertFalse(PersonalData.covers(CaseNote.class.getDeclaredField("writtenAt")));
        assertFalse(PersonalData.covers(FamilyLink.class.getDeclaredField("relation")));
        assertFalse(PersonalData.covers(Circumstances.class.getDeclaredField("circumstance")),
                "a field's own mark outweighs its class's");
    }

    /** A record with a field nobody classified. */
    static class Newcomer {
        String favouriteColour;
    }

    @Test
    void aFieldNobodyClassifiedIsHidden() throws NoSuchFieldException {
        Field unknown = Newcomer.class.getDeclaredField("favouriteColour");
        assertFalse(PersonalData.isClassified(unknown));
        assertTrue(PersonalData.covers(unknown));
    }

    /** The fields RecordDiff shows (a part's fields under their own names), with no decision about them. */
    private static void unclassifiedFields(Class<?> type, List<String> unclassified) {
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(NotAudited.class)
                        || field.isAnnotationPresent(Transient.class) || RecordDiff.SKIPPED.contains(field.getName())) {
                    continue;
                }
                if (!PersonalData.isClassified(field)) {
                    unclassified.add(level.getSimpleName() + "." + field.getName());
                }
                if (field.getType().isAnnotationPresent(Embeddable.class)) {
                    unclassifiedFields(field.getType(), unclassified);
                }
            }
        }
    }
}
