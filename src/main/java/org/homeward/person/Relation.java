package org.homeward.person;

/** How a relative stands to the person: the mother of a child, the spouse of a prisoner of war. */
public enum Relation {
    MOTHER, FATHER, GUARDIAN, SPOUSE, SIBLING, CHILD;

    /** How the relative named in this relation stands to the person naming them: a named mother is their mother. */
    public Standing ofNamed() {
        return switch (this) {
            case MOTHER -> Standing.MOTHER;
            case FATHER -> Standing.FATHER;
            case GUARDIAN -> Standing.GUARDIAN;
            case SPOUSE -> Standing.SPOUSE;
            case SIBLING -> Standing.SIBLING;
            case CHILD -> Standing.CHILD;
        };
    }

    /**
     * How the person naming a relative in this relation stands to them: whoever names a mother is her
     * child; whoever names a child is its mother or father, as their own sex says.
     */
    public Standing ofNamer(Sex namerSex) {
        return switch (this) {
            case MOTHER, FATHER -> Standing.CHILD;
            case GUARDIAN -> Standing.WARD;
            case SPOUSE -> Standing.SPOUSE;
            case SIBLING -> Standing.SIBLING;
            case CHILD -> namerSex == Sex.FEMALE ? Standing.MOTHER : namerSex == Sex.MALE ? Standing.FATHER : Standing.PARENT;
        };
    }
}
