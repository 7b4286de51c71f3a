package org.homeward.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows of one list already judged new, indexed by the matching engine's blocking keys, so that a
 * later row of the same list is compared only with the earlier rows that share a key with it (never
 * with every earlier row: a list may have 100,000 rows). Lives as long as one preview, batch after
 * batch.
 * <p>
 * Memory stays small and bounded by the rows times their keys: a key is kept as a 64-bit hash in an
 * open-addressed table (a collision only costs one comparison more, which the score then rejects) and
 * each row under it as an int in a chain; a row's cells are the list's own, already in memory, so a
 * row's profile is read again from them when it is a candidate rather than kept. Under one key only
 * the {@link #BLOCK_LIMIT} latest rows are compared: a key that hundreds of rows share says little.
 * Public only because it is handed from batch to batch through the EJB {@link ImportBatches}.
 */
public final class EarlierRows {

    /** The most rows under one key compared with a later row. */
    static final int BLOCK_LIMIT = 50;

    private static final long EMPTY = 0L;

    private long[] keys = new long[1024];
    private int[] heads = new int[1024];
    private int keysUsed;

    private int[] entryRow = new int[1024];
    private int[] entryNext = new int[1024];
    private int entries;

    private final List<ListFile.ListRow> rows = new ArrayList<>();

    /** The earlier rows sharing one of these keys with a later row, each once, latest first under each key. */
    Set<ListFile.ListRow> sharing(Set<String> probes) {
        Set<Integer> found = new LinkedHashSet<>();
        for (String probe : probes) {
            int slot = slot(hash(probe));
            int seen = 0;
            for (int entry = keys[slot] == EMPTY ? -1 : heads[slot]; entry >= 0 && seen < BLOCK_LIMIT; entry = entryNext[entry]) {
                found.add(entryRow[entry]);
                seen++;
            }
        }
        Set<ListFile.ListRow> sharing = new LinkedHashSet<>();
        found.forEach(index -> sharing.add(rows.get(index)));
        return sharing;
    }

    /** Keeps a row judged new under the keys its person would be stored under. */
    void add(ListFile.ListRow row, Set<String> stored) {
        int index = rows.size();
        rows.add(row);
        for (String key : stored) {
            long hash = hash(key);
            int slot = slot(hash);
            if (keys[slot] == EMPTY) {
                keys[slot] = hash;
                heads[slot] = -1;
                keysUsed++;
            }
            if (entries == entryRow.length) {
                entryRow = Arrays.copyOf(entryRow, entries * 2);
                entryNext = Arrays.copyOf(entryNext, entries * 2);
            }
            entryRow[entries] = index;
            entryNext[entries] = heads[slot];
            heads[slot] = entries++;
            if (keysUsed * 2 > keys.length) {
                grow();
            }
        }
    }

    /** The slot of a hash: its own when kept, else the empty one it would take (linear probing). */
    private int slot(long hash) {
        int mask = keys.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (keys[slot] != EMPTY && keys[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }

    /** FNV-1a over the key's characters; never 0, which marks an empty slot. */
    private static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash == EMPTY ? 1L : hash;
    }
}
