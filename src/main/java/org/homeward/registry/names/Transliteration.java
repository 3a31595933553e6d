package org.homeward.registry.names;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Romanises Cyrillic text (Russian, Uzbek, Kazakh, Kyrgyz, Tajik and Turkmen letters) into one
 * of the {@link LatinStyle}s.
 *
 * <p>Caseworkers type names in whatever script the person gives them; the registry then needs a
 * Latin spelling to propose for documents and to generate synthetic demo names. Only Cyrillic
 * letters are rewritten: Latin, Arabic, digits and punctuation pass through untouched, so text
 * that is already romanised, or mixed, is never damaged. Letter case is carried over so that a
 * capitalised name stays capitalised ({@code Шерзод → Sherzod}) and an all-caps one (as on
 * passports) stays all-caps ({@code ШЕРЗОД → SHERZOD}).
 */
public final class Transliteration {

    /** Lower-case Cyrillic letter → {UZBEK spelling, PASSPORT spelling}. */
    private static final Map<Character, String[]> LETTERS = new HashMap<>();

    /**
     * Letters after which {@code е} is pronounced, and written, {@code ye} ("Алиев" → "Aliyev");
     * the hard and soft signs are included because they also separate a following iotated vowel.
     */
    private static final String YE_AFTER = "аеёиоуыэюяўәөүұіӣӯъь";

    static {
        letters("а a a", "б b b", "в v v", "г g g", "д d d", "ё yo yo", "ж j zh", "з z z",
                "и i i", "й y y", "к k k", "л l l", "м m m", "н n n", "о o o", "п p p",
                "р r r", "с s s", "т t t", "у u u", "ф f f", "х x kh", "ц ts ts", "ч ch ch",
                "ш sh sh", "щ shch shch", "ъ ' ", "ы i y", "ь  ", "э e e", "ю yu yu", "я ya ya",
                // Uzbek and Tajik: ў/ӯ are the same sound, written o' in Uzbek Latin and u in
                // Russian-based spellings ("Ўрунбоев" → "O'runboyev" / "Urunboyev").
                "ў o' u", "ӯ o' u", "ғ g' gh", "қ q q", "ҳ h h",
                // Kazakh, Kyrgyz, Turkmen: no Uzbek letter fits, so both styles use the plain
                // letter that Russian-based spellings of these names already use ("Үмөт" → "Umot").
                "ә a a", "ө o o", "ү u u", "ұ u u", "і i i", "ң ng ng", "һ h h", "җ j zh",
                // Tajik ҷ (and ҹ of older orthographies): Tajik passports print J ("Jamshed").
                "ҷ j j", "ҹ j j", "ӣ i i");
    }

    private Transliteration() {
    }

    /**
     * Returns {@code text} with every Cyrillic letter romanised in the given style and
     * everything else unchanged.
     */
    public static String toLatin(String text, LatinStyle style) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String latin = latinFor(text, i, style);
            if (latin == null) {
                out.append(c);
            } else if (Character.isUpperCase(c) && !latin.isEmpty()) {
                out.append(wholeWordIsUpperCase(text, i)
                        ? latin.toUpperCase(Locale.ROOT)
                        : Character.toUpperCase(latin.charAt(0)) + latin.substring(1));
            } else {
                out.append(latin);
            }
        }
        return out.toString();
    }

    /** The romanisation of the letter at {@code i}, or {@code null} if it is not Cyrillic. */
    private static String latinFor(String text, int i, LatinStyle style) {
        char c = Character.toLowerCase(text.charAt(i));
        char previous = i > 0 ? Character.toLowerCase(text.charAt(i - 1)) : ' ';
        char next = i + 1 < text.length() ? Character.toLowerCase(text.charAt(i + 1)) : ' ';
        if (c == 'е') {
            boolean wordStart = !Character.isLetter(previous);
            return wordStart || YE_AFTER.indexOf(previous) >= 0 ? "ye" : "e";
        }
        if (c == 'ң' && (next == 'г' || next == 'ғ')) {
            // "Чыңгыз" is "Chyngyz", not "Chynggyz": the г already supplies the g.
            return "n";
        }
        // s+h must not read as sh: Uzbek Latin writes "Is'hoq", passport style "Iskhoq".
        if (c == 'с' && next == 'ҳ' && style == LatinStyle.UZBEK) {
            return "s'";
        }
        if (c == 'ҳ' && previous == 'с' && style == LatinStyle.PASSPORT) {
            return "kh";
        }
        String[] spellings = LETTERS.get(c);
        return spellings == null ? null : spellings[style.ordinal()];
    }

    /**
     * Decides whether a capital letter belongs to an all-caps word: a single capital letter
     * followed by lower case must become "Sh", not "SH".
     */
    private static boolean wholeWordIsUpperCase(String text, int i) {
        if (i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
            return Character.isUpperCase(text.charAt(i + 1));
        }
        return i > 0 && Character.isLetter(text.charAt(i - 1))
                && Character.isUpperCase(text.charAt(i - 1));
    }

    /** Each entry is "letter UZBEK PASSPORT"; an empty spelling means the letter is dropped. */
    private static void letters(String... entries) {
        for (String entry : entries) {
            String[] parts = entry.split(" ", -1);
            LETTERS.put(parts[0].charAt(0), new String[] {parts[1], parts[2]});
        }
    }
}
