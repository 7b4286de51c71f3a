package org.homeward.person;

/**
 * How the person of a case stands to a relative, as their case page reads it: on the mother's case
 * "mother of: …" the child, on the child's case "child of: …" the mother.
 */
public enum Standing {
    MOTHER, FATHER, PARENT, GUARDIAN, WARD, SPOUSE, SIBLING, CHILD
}
