package org.homeward.imports;

import org.homeward.person.Category;
import org.homeward.person.Side;

/** What every person of a list is unless a column says otherwise: category, side, and the office that keeps them. */
public record ImportDefaults(Category category, Side side, String office) {
}
