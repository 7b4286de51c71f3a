package org.homeward.person;

/** What kind of case: a military prisoner of war, a detained civilian, a deported or missing child, or the remains of a fallen person. */
public enum Category {
    POW, CIVILIAN, CHILD, REMAINS
}
