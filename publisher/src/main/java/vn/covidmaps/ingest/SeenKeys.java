package vn.covidmaps.ingest;

/**
 * Remembers 64-bit hashes of keys with the row they were first seen in, in one flat array, so
 * duplicate detection over a million itinerary rows costs megabytes rather than a string per row.
 * Each slot holds the hash and the row side by side: one cache miss per probe, not two.
 */
final class SeenKeys {
    private long[] slots = new long[2 * 1024];
    private int size;

    /** The row the key was first seen in, or 0 if it is new (and is now remembered with this row). */
    int firstRowOrRemember(String key, int row) {
        long hash = hash(key);
        if (size * 4 >= slots.length) {
            grow();
        }
        int at = find(slots, hash);
        if (slots[at + 1] != 0) {
            return (int) slots[at + 1];
        }
        slots[at] = hash;
        slots[at + 1] = row;
        size++;
        return 0;
    }

    /** The slot holding that hash, or the empty slot where it belongs (rows start at 1, so 0 is empty). */
    private static int find(long[] slots, long hash) {
        int mask = slots.length / 2 - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (slots[2 * slot + 1] != 0 && slots[2 * slot] != hash) {
            slot = (slot + 1) & mask;
        }
        return 2 * slot;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] != 0) {
                int at = find(slots, old[i]);
                slots[at] = old[i];
                slots[at + 1] = old[i + 1];
            }
        }
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
