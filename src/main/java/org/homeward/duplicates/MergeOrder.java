package org.homeward.duplicates;

import java.util.Set;
import org.homeward.person.MergedField;

/**
 * A supervisor's merge of a pair: the record that carries on, the versions of both records as shown
 * (so a change made since is not merged over blindly), and the fields whose value comes from the other
 * record; every other field keeps the survivor's value.
 */
public record MergeOrder(Long survivorId, Long lowerVersion, Long higherVersion, Set<MergedField> takeFromOther) {

    public MergeOrder {
        takeFromOther = takeFromOther == null ? Set.of() : Set.copyOf(takeFromOther);
    }
}
