package org.homeward.platform;

import java.util.List;

/** One page of a long list: the rows, how many there are in all, and where the page is. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }
}
