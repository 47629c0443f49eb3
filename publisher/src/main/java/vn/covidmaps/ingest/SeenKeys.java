package vn.covidmaps.ingest;

import java.time.LocalDate;

/**
 * Remembers 64-bit hashes of keys with the row they were first seen in, in two flat arrays, so
 * duplicate detection over a million itinerary rows costs megabytes rather than a string per row.
 */
final class SeenKeys {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    /** Between the values of a key, so that ("ab", "c") and ("a", "bc") differ. */
    private static final char SEPARATOR = '\u001f';

    private long[] hashes = new long[1024];
    private int[] rows = new int[1024];
    private int size;

    /** The row the key was first seen in, or 0 if it is new (and is now remembered with this row). */
    int firstRowOrRemember(String key, int row) {
        return remember(finish(text(OFFSET, key)), row);
    }

    /**
     * The same for a key of several values as parsed (text already trimmed and NFC, so exact repeats
     * are the duplicates worth reporting), hashed value by value rather than joined into a string
     * first: a million itinerary rows would each build one.
     */
    int firstRowOrRemember(Object[] key, int row) {
        long h = OFFSET;
        for (Object value : key) {
            if (value instanceof LocalDate date) {
                h = (h ^ date.toEpochDay()) * PRIME;
            } else if (value != null) {
                h = text(h, value.toString());
            }
            h = (h ^ SEPARATOR) * PRIME;
        }
        return remember(finish(h), row);
    }

    private int remember(long hash, int row) {
        if (size * 2 >= hashes.length) {
            grow();
        }
        int slot = slot(hash, hashes.length);
        while (rows[slot] != 0) {
            if (hashes[slot] == hash) {
                return rows[slot];
            }
            slot = (slot + 1) & (hashes.length - 1);
        }
        hashes[slot] = hash;
        rows[slot] = row;
        size++;
        return 0;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new int[oldRows.length * 2];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldRows[i] != 0) {
                int slot = slot(oldHashes[i], hashes.length);
                while (rows[slot] != 0) {
                    slot = (slot + 1) & (hashes.length - 1);
                }
                hashes[slot] = oldHashes[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    private static int slot(long hash, int capacity) {
        return (int) (hash ^ (hash >>> 32)) & (capacity - 1);
    }

    /** FNV-1a over the UTF-16 units, then a murmur finaliser to spread the bits. */
    private static long text(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * PRIME;
        }
        return h;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
