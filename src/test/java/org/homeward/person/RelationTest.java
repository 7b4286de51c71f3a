package org.homeward.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A family link read from both of its ends: each case says how its own person stands to the other. */
class RelationTest {

    @Test
    void aChildNamingItsMotherIsHerChildAndSheItsMother() {
        assertEquals(Standing.CHILD, Relation.MOTHER.ofNamer(Sex.FEMALE));
        assertEquals(Standing.MOTHER, Relation.MOTHER.ofNamed());
    }

    @Test
    void aMotherNamingHerChildIsItsMotherAndItHerChild() {
        assertEquals(Standing.MOTHER, Relation.CHILD.ofNamer(Sex.FEMALE));
        assertEquals(Standing.FATHER, Relation.CHILD.ofNamer(Sex.MALE));
        assertEquals(Standing.PARENT, Relation.CHILD.ofNamer(Sex.UNKNOWN));
        assertEquals(Standing.CHILD, Relation.CHILD.ofNamed());
    }

    @Test
    void guardianshipReadsAsWardAndGuardianAndTheOthersTheSameBothWays() {
        assertEquals(Standing.WARD, Relation.GUARDIAN.ofNamer(Sex.MALE));
        assertEquals(Standing.GUARDIAN, Relation.GUARDIAN.ofNamed());
        assertEquals(Standing.CHILD, Relation.FATHER.ofNamer(Sex.MALE));
        assertEquals(Standing.SPOUSE, Relation.SPOUSE.ofNamer(Sex.FEMALE));
        assertEquals(Standing.SPOUSE, Relation.SPOUSE.ofNamed());
        assertEquals(Standing.SIBLING, Relation.SIBLING.ofNamer(Sex.MALE));
        assertEquals(Standing.SIBLING, Relation.SIBLING.ofNamed());
    }
}
