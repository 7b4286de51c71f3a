package org.homeward.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * One key a person is found under, with copies of what the case list orders by and the record scope
 * looks at (V18): a name search reads its page and its capped count off the keys alone. The copies
 * change only through {@link Person#reindex()}, which {@link Person#revise} always comes with.
 */
@Embeddable
record IndexedTerm(
        @Column(name = "term", length = 200, nullable = false) String term,
        @Column(name = "registered_at", nullable = false) Instant registeredAt,
        @Column(name = "office_id", nullable = false) Long officeId,
        @Column(name = "restricted", nullable = false) boolean restricted,
        @Column(name = "assigned_to_id") Long assignedToId) {
}
