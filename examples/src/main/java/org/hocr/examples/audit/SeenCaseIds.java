package org.hocr.examples.audit;

import java.util.Arrays;

/**
 * The case ids read so far, kept as 64-bit hashes (16 bytes a case, against about 100 for a set of strings), so
 * that a batch of millions of cases can be checked for repeated ids in little memory. Two different ids share a
 * hash with a probability of about n²/2⁶⁵ (for a million cases, about one in forty million).
 */
final class SeenCaseIds {
    private long[] slots = new long[1 << 12];
    private int size;

    /** Adds an id; {@code false} if it was already there. */
    boolean add(String id) {
        if (size * 2 >= slots.length) {
            grow();
        }
        return insert(slots, hash(id));
    }

    private boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        int i = (int) (hash ^ (hash >>> 32)) & mask;
        while (table[i] != 0) {
            if (table[i] == hash) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = hash;
        if (table == slots) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        Arrays.stream(old).filter(h -> h != 0).forEach(h -> insert(slots, h));
    }

    /** FNV-1a over the characters, then a 64-bit finaliser; never 0 (0 marks an empty slot). */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
