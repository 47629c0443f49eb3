package vn.covidmaps.ingest;

/**
 * Remembers 64-bit hashes of keys with the row they were first seen in, in two flat arrays, so
 * duplicate detection over a million itinerary rows costs megabytes rather than a string per row.
 */
final class SeenKeys {
    private long[] hashes = new long[1024];
    private int[] rows = new int[1024];
    private int size;

    /** The row the key was first seen in, or 0 if it is new (and is now remembered with this row). */
    int firstRowOrRemember(String key, int row) {
        long hash = hash(key);
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
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
