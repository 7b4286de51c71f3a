package org.homeward.person;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A person as one row of the case list. */
public record PersonRow(long id, String caseNumber, Category category, Side side,
                        RepatriationStatus status, String familyName,
                        String givenName, String patronymic, String latinFamilyName, String latinGivenName,
                        LocalDate dateOfBirth, String office, String assignedTo, String oblast, boolean restricted,
                        Instant registeredAt) implements Serializable {
}
