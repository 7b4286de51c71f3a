package org.homeward.person.api;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.List;
import org.homeward.person.PersonRecord;
import org.homeward.person.PossibleMatch;
import org.homeward.platform.api.FlatParts;

/**
 * What registering through the API answers: the created person exactly as reading them answers (the
 * contract's fields, flat), and beside them {@code possibleDuplicates}, the likely matches the caller
 * may see, so that a program learns at once what the form shows before saving. The pairs are queued for
 * a supervisor all the same.
 */
@JsonbTypeSerializer(FlatParts.class)
public record RegisteredPerson(PersonRecord person, List<PossibleMatch> possibleDuplicates) {

    public RegisteredPerson {
        possibleDuplicates = List.copyOf(possibleDuplicates);
    }
}
