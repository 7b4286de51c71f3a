package org.homeward.person;

/** How a relative stands to the person: the mother of a child, the spouse of a prisoner of war. */
public enum Relation {
    MOTHER, FATHER, GUARDIAN, SPOUSE, SIBLING, CHILD
}
