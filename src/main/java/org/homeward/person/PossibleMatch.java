package org.homeward.person;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A registered person who may be the one being looked at, as a caseworker or supervisor reads it: the
 * case, the names and birth as registered, the score, whether it reaches the "likely" threshold, and
 * the explanation finding by finding in the caller's language.
 */
public record PossibleMatch(long id, String caseNumber, String familyName, String givenName, String patronymic,
        LocalDate dateOfBirth, String office, int score, boolean likely, String explanation, List<Finding> reasons)
        implements Serializable {

    public PossibleMatch {
        reasons = List.copyOf(reasons);
    }

    /** One finding: its message key (for programs) and its text. */
    public record Finding(String key, String text) implements Serializable {
    }
}
