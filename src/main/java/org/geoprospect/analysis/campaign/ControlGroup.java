package org.geoprospect.analysis.campaign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The reproducible random hold-out of a step: each code gets a stable 64-bit key from the seed and the
 * code alone (FNV-1a of the code's characters mixed with the seed by SplitMix64's finaliser), the audience
 * is ordered by that key and the first {@code round(percent × n / 100)} (halves up) are held out. The
 * same seed and audience always give the same control group, on any machine; a person's draw does not
 * depend on the order the audience comes in.
 */
public final class ControlGroup {
    private ControlGroup() {
    }

    /** The draw: who is contacted (in the audience's order) and who is held out. */
    public record Draw(List<String> contacted, Set<String> heldOut) {
    }

    /** Draws the control group out of the audience (codes must be distinct). */
    public static Draw draw(Collection<String> audience, double percent, long seed) {
        int size = (int) Math.floor(audience.size() * percent / 100.0 + 0.5);
        List<String> byKey = new ArrayList<>(audience);
        byKey.sort(Comparator.comparingLong((String code) -> key(seed, code)).thenComparing(Comparator.naturalOrder()));
        Set<String> heldOut = new HashSet<>(byKey.subList(0, size));
        List<String> contacted = new ArrayList<>(audience.size() - size);
        for (String code : audience) {
            if (!heldOut.contains(code)) {
                contacted.add(code);
            }
        }
        return new Draw(contacted, heldOut);
    }

    /** The stable key of a code under a seed. */
    static long key(long seed, String code) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < code.length(); i++) {
            h ^= code.charAt(i);
            h *= 0x100000001b3L;
        }
        long z = h ^ seed;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
