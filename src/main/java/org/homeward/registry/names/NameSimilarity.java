package org.homeward.registry.names;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether {@link NameKey name keys} are close enough to show a caseworker as a possible
 * match.
 *
 * <p>Keys already absorb script and spelling conventions; what is left is typing error. One
 * edit is tolerated only on keys of five or more characters, because on short names a single
 * letter is often the whole difference between two names (Ali/Eli, Aziz/Aziza). Even on long
 * keys, an added final {@code a} is never treated as a typo: it is the feminine ending
 * (Akhmedov/Akhmedova, Nodir/Nodira), and confusing a man with his wife or sister is worse than
 * missing a misspelt name.
 *
 * <p>A match is a candidate for a human to confirm, not a decision: one edit also joins distinct
 * names such as Hasan/Husan (twins are commonly given these) or Gulnora/Gulnoza.
 */
public final class NameSimilarity {

    /** Shortest key on which one edit can be a typo rather than a different name. */
    private static final int MIN_LENGTH_FOR_TYPO = 5;

    private NameSimilarity() {
    }

    /**
     * Damerau–Levenshtein distance (optimal string alignment) between two keys: insertions,
     * deletions, substitutions and swaps of neighbouring letters, which are the usual typing
     * errors, each count as one edit.
     */
    public static int distance(String keyA, String keyB) {
        Objects.requireNonNull(keyA, "keyA");
        Objects.requireNonNull(keyB, "keyB");
        int[][] d = new int[keyA.length() + 1][keyB.length() + 1];
        for (int i = 0; i <= keyA.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= keyB.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= keyA.length(); i++) {
            for (int j = 1; j <= keyB.length(); j++) {
                int cost = keyA.charAt(i - 1) == keyB.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && keyA.charAt(i - 1) == keyB.charAt(j - 2)
                        && keyA.charAt(i - 2) == keyB.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[keyA.length()][keyB.length()];
    }

    /**
     * True when the keys are equal, or both have at least five characters and differ by one
     * edit that is not the feminine ending.
     */
    public static boolean similar(String keyA, String keyB) {
        if (keyA.equals(keyB)) {
            return true;
        }
        if (Math.min(keyA.length(), keyB.length()) < MIN_LENGTH_FOR_TYPO
                || differsByFeminineEnding(keyA, keyB)) {
            return false;
        }
        return distance(keyA, keyB) <= 1;
    }

    /**
     * True when both names have at least a surname and a given name in common: every key of the
     * shorter list is similar to a different key of the other list, in any order. Order is free
     * because people write "Madina Akhmedova" as often as "Akhmedova Madina"; extra keys on the
     * longer side are allowed because a patronymic or second name is often left out.
     */
    public static boolean sameFullName(List<String> keysA, List<String> keysB) {
        List<String> shorter = keysA.size() <= keysB.size() ? keysA : keysB;
        List<String> longer = shorter == keysA ? keysB : keysA;
        return shorter.size() >= 2 && matchFrom(0, shorter, longer, new boolean[longer.size()]);
    }

    /**
     * Backtracking assignment, because a greedy pass can hand an early key the only counterpart
     * a later key could use (one typo away from two names). Name lists are a handful of tokens
     * long, so the search is tiny.
     */
    private static boolean matchFrom(int index, List<String> shorter, List<String> longer,
                                     boolean[] taken) {
        if (index == shorter.size()) {
            return true;
        }
        for (int j = 0; j < longer.size(); j++) {
            if (!taken[j] && similar(shorter.get(index), longer.get(j))) {
                taken[j] = true;
                if (matchFrom(index + 1, shorter, longer, taken)) {
                    return true;
                }
                taken[j] = false;
            }
        }
        return false;
    }

    /**
     * {@link #sameFullName} for names given as the {@link NameVariants loose keys} of each token: two tokens are
     * similar when any key of one is similar to any key of the other, or equal as whole names (Farhod / Farhot).
     */
    public static boolean sameLooseFullName(List<Set<String>> keysA, List<Set<String>> keysB) {
        List<Set<String>> shorter = keysA.size() <= keysB.size() ? keysA : keysB;
        List<Set<String>> longer = shorter == keysA ? keysB : keysA;
        return shorter.size() >= 2 && matchLooseFrom(0, shorter, longer, new boolean[longer.size()]);
    }

    /**
     * Whether two tokens, each as its loose keys (the usual reading first), may be one name: a key in common, as
     * written or as a whole name (Farhod / Farhot), or a typing slip between their usual readings.
     */
    public static boolean similarLoose(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y) || NameVariants.whole(x).equals(NameVariants.whole(y))) {
                    return true;
                }
            }
        }
        return !a.isEmpty() && !b.isEmpty() && slip(a.iterator().next(), b.iterator().next());
    }

    /**
     * A typing slip between two loose keys: a letter left out or typed twice over, or two neighbours swapped, on
     * keys of five letters or more that start alike. A letter typed for another is not a slip: once spellings are
     * folded, what is left (Hasan / Husan, Gulnora / Gulnoza, Ikrom / Akrom, Sherzod / Serzod) is another name.
     * Nor is the feminine ending.
     */
    static boolean slip(String a, String b) {
        if (a.equals(b) || Math.min(a.length(), b.length()) < MIN_LENGTH_FOR_TYPO || a.charAt(0) != b.charAt(0)
                || differsByFeminineEnding(a, b) || distance(a, b) != 1) {
            return false;
        }
        if (a.length() != b.length()) {
            return true;
        }
        int i = 0;
        while (a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i);
    }

    private static boolean matchLooseFrom(int index, List<Set<String>> shorter, List<Set<String>> longer,
                                          boolean[] taken) {
        if (index == shorter.size()) {
            return true;
        }
        for (int j = 0; j < longer.size(); j++) {
            if (!taken[j] && similarLoose(shorter.get(index), longer.get(j))) {
                taken[j] = true;
                if (matchLooseFrom(index + 1, shorter, longer, taken)) {
                    return true;
                }
                taken[j] = false;
            }
        }
        return false;
    }

    private static boolean differsByFeminineEnding(String keyA, String keyB) {
        String shorter = keyA.length() < keyB.length() ? keyA : keyB;
        String longer = shorter == keyA ? keyB : keyA;
        return longer.length() == shorter.length() + 1 && longer.startsWith(shorter)
                && longer.endsWith("a");
    }
}
