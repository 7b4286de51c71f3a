package org.homeward.platform;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a long list: the rows, how many there are in all, and where the page is. When
 * {@code totalExact} is false, {@code total} is a lower bound: there are more than {@code total - 1}
 * (a count stopped at a cap, because an exact count of a very long list costs more than the page).
 */
public record Page<T>(List<T> items, long total, int page, int size, boolean totalExact) implements Serializable {

    public static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }

    public Page(List<T> items, long total, int page, int size) {
        this(items, total, page, size, true);
    }
}
