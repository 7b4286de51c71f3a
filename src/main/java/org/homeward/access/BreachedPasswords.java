package org.homeward.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The passwords seen most often in breaches (a million of them, see breached-passwords.NOTICE.txt),
 * compared case-insensitively. Kept as a sorted array of 64-bit fingerprints, about 8 MB, instead of
 * a million strings (over 60 MB); a check is a binary search. Two different passwords share a
 * fingerprint with a chance of about one in 10^13, and then one password is refused that could have
 * been allowed: harmless.
 */
final class BreachedPasswords {

    private final long[] fingerprints;

    private BreachedPasswords(long[] fingerprints) {
        this.fingerprints = fingerprints;
    }

    static BreachedPasswords load(String gzippedResource) {
        long[] read = new long[1 << 20];
        int count = 0;
        try (InputStream raw = BreachedPasswords.class.getResourceAsStream(gzippedResource)) {
            if (raw == null) {
                throw new IllegalStateException("missing password list " + gzippedResource);
            }
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty()) {
                    continue;
                }
                if (count == read.length) {
                    read = Arrays.copyOf(read, count * 2);
                }
                read[count++] = fingerprint(line.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long[] sorted = Arrays.copyOf(read, count);
        Arrays.sort(sorted);
        return new BreachedPasswords(sorted);
    }

    boolean contains(String password) {
        return Arrays.binarySearch(fingerprints, fingerprint(password.toLowerCase(Locale.ROOT))) >= 0;
    }

    int size() {
        return fingerprints.length;
    }

    /** 64-bit FNV-1a over the UTF-16 units: fast, and spread well enough for a set of a million. */
    private static long fingerprint(String word) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            hash = (hash ^ (c & 0xff)) * 0x100000001b3L;
            hash = (hash ^ (c >>> 8)) * 0x100000001b3L;
        }
        return hash;
    }
}
