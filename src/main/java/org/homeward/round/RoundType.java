package org.homeward.round;

import java.util.EnumSet;
import java.util.Set;
import org.homeward.person.Category;

/** What a round exchanges, which decides whom it may list. */
public enum RoundType {
    POW_EXCHANGE(EnumSet.of(Category.POW, Category.CIVILIAN), false),
    REMAINS_EXCHANGE(EnumSet.allOf(Category.class), true),
    CHILD_RETURN(EnumSet.of(Category.CHILD), false),
    CIVILIAN_RELEASE(EnumSet.of(Category.CIVILIAN), false),
    MIXED(EnumSet.allOf(Category.class), false);

    private final Set<Category> categories;
    private final boolean remainsOnly;

    RoundType(Set<Category> categories, boolean remainsOnly) {
        this.categories = categories;
        this.remainsOnly = remainsOnly;
    }

    /** Whether a person of this category, living or as remains, belongs on a round of this type. */
    public boolean lists(Category category, boolean remains) {
        if (remainsOnly) {
            return remains;
        }
        return categories.contains(category) && (this == MIXED || !remains);
    }
}
