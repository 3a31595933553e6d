package org.homeward.registry.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A script-independent phonetic skeleton of a name, so that the many ways one Central Asian name
 * is written (Cyrillic, Uzbek Latin, passport English, Turkish- or Turkmen-style letters) give
 * the same key: {@code Ахмедова}, {@code Akhmedova} and {@code Axmedova} are all
 * {@code ahmedava}.
 *
 * <p>Keys are for comparison only and are never shown: they use {@code š} for sh, {@code č}
 * for ch and {@code c} for ts so that each sound is one character for
 * {@link NameSimilarity#distance}. Vowels are compared in four loose classes, because
 * romanisations disagree most about vowels:
 * <ul>
 *   <li>{@code a} = a, o, ä/ә, ö/ө: Uzbek o is Russian-style a ("Qodirov"/"Кадыров",
 *       "Islomova"/"Islamova") and Turkmen/Kyrgyz ö is Russian-style o ("Öwezow"/"Овезов");</li>
 *   <li>{@code u} = u, ü/ү/ұ, and Uzbek ў/o' ("O'runboyev"/"Urunboev");</li>
 *   <li>{@code i} = i, y, ы, ı, і ("Kadyrov"/"Kadirov");</li>
 *   <li>{@code e} = e, э, and ye where Cyrillic е is romanised with a glide.</li>
 * </ul>
 * u is deliberately kept apart from a/o: merging them would give the Uzbek twin names Hasan and
 * Husan one key. e is kept apart from a so that Madina/Medina and Husein/Husayn are only
 * {@linkplain NameSimilarity#similar similar}, not identical. Doubled consonants are kept, so a
 * typo like "Akhmmedova" is near "Akhmedova" but not equal to it. Male and female forms keep
 * their endings: "Akhmedov" and "Akhmedova" are different people.
 *
 * <p>Consonant decisions that are not obvious: {@code j} is always the sound of "Jamshed", so
 * German-style "Jusupova" is left to similarity rather than folded into "Yusupova"; a lone
 * {@code c} is ts (Polish/Czech-style "Coy" for Цой), not the Turkish j; Cyrillic ё stays "yo"
 * because in Uzbek names it is a real yo ("Ёдгор"/"Yodgor"), so Russian "Фёдор"/"Федор" differ.
 * Cyrillic reaches the rules through {@link Transliteration} in Uzbek style, whose s'h
 * apostrophe keeps "Исҳоқ" apart from sh.
 */
public final class NameKey {

    /**
     * Latin spelling → key, tried in order at each position so that longer spellings win
     * ("shch" before "sh"). Every rule is needed by the example beside it.
     */
    private static final String[][] RULES = {
        {"shch", "šč"}, // Щукина / Shchukina
        {"sh", "š"},    // Шерзод / Sherzod / Şerzod: one sound, kept apart from s
        {"ch", "č"},    // Чолпон / Cholpon / Çolpon / Čolpon
        {"dzh", "j"},   // Dzhamshed / Jamshed / Ҷамшед
        {"dj", "j"},    // Djumaboev / Jumaboev; Muhammadjon loses its d in every script alike
        {"zh", "j"},    // Zhumaboev / Jumaboev (Russian ж and Uzbek j are the same letter)
        {"kh", "h"},    // Khurshida / Hurshida / Ҳуршида
        {"x", "h"},     // Xurshida (Uzbek Latin x is Cyrillic х)
        {"gh", "g"},    // Ghayratov / Gayratov
        {"g'", "g"},    // G'ayratov / Gayratov
        {"o'", "u"},    // O'runboyev / Urunboev / Ўрунбоев
        {"ts", "c"},    // Tsoy / Coy / Цой
        {"q", "k"},     // Qodirov / Kodirov
        {"w", "v"},     // Öwezow / Ovezov (Turkmen w is Cyrillic в)
        {"o", "a"},     // Islomova / Islamova
        {"y", "i"},     // Kadyrov / Kadirov, Sayidova / Saidova
        {"'", ""},      // Ma'rufa / Marufa; matched as a unit so "Is'hoq" is not read as sh
    };

    /** Latin letters that Unicode decomposition would wrongly reduce to a different sound. */
    private static final Map<Character, String> SPECIAL_LATIN = Map.of(
            'ç', "ch", 'č', "ch", 'ş', "sh", 'š', "sh", 'ž', "zh", 'ı', "i",
            'ñ', "ng", 'ň', "ng", 'ŋ', "ng", 'ə', "a");

    /** Every way people type an apostrophe; Uzbek Latin needs it to tell o' from o. */
    private static final String APOSTROPHES = "'’‘ʻʼ`´ʹ′‛ʽ";

    private static final String VOWELS = "aeiu";

    /**
     * Keys of the words that mark a patronymic ("Rustam o'g'li", "Rustam qizi", "Rustam uulu").
     * They say nothing about who the person is, so they must not count as names.
     */
    private static final Set<String> PATRONYMIC_MARKERS = Stream.of(
                    "o'g'li", "ўғли", "уғли", "угли", "ugli", "ogli", "оглы", "ogly", "oglu",
                    "қизи", "кизи", "qizi", "kizi", "қызы", "кызы", "qyzy", "kyzy", "gyzy",
                    "уулу", "uulu", "ұлы", "улы", "uly")
            .map(NameKey::of)
            .collect(Collectors.toUnmodifiableSet());

    private NameKey() {
    }

    /** The key of one name token, in any script. Arabic script is only Unicode-normalised. */
    public static String of(String token) {
        Objects.requireNonNull(token, "token");
        String text = Normalizer.normalize(unifyApostrophes(token), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        String latin = foldLatinLetters(Transliteration.toLatin(text, LatinStyle.UZBEK));
        return smoothGlides(applyRules(latin));
    }

    /**
     * The keys of a full name, in the order written. Tokens are separated by anything that is
     * not a letter or an apostrophe (spaces, hyphens, commas, dots). Initials ("A.", "Sh.")
     * and other keys shorter than two characters are dropped because they cannot be compared
     * reliably, and a patronymic initial must not stop two records from matching (the rare
     * one-letter Korean surname O is lost with them). Patronymic markers are dropped too. A
     * hyphenated name gives two keys, so "Abdul-Aziz" and "Abdulaziz" do not match.
     */
    public static List<String> tokensOf(String fullName) {
        Objects.requireNonNull(fullName, "fullName");
        List<String> keys = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= fullName.length(); i++) {
            if (i < fullName.length() && isTokenChar(fullName.charAt(i))) {
                token.append(fullName.charAt(i));
            } else if (token.length() > 0) {
                String key = of(token.toString());
                if (key.length() >= 2 && !PATRONYMIC_MARKERS.contains(key)) {
                    keys.add(key);
                }
                token.setLength(0);
            }
        }
        return List.copyOf(keys);
    }

    /**
     * The tokens of a full name as written, before keys are made, with the same rules as {@link #tokensOf}:
     * initials, one-letter keys and patronymic markers are left out.
     */
    public static List<String> rawTokensOf(String fullName) {
        Objects.requireNonNull(fullName, "fullName");
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= fullName.length(); i++) {
            if (i < fullName.length() && isTokenChar(fullName.charAt(i))) {
                token.append(fullName.charAt(i));
            } else if (token.length() > 0) {
                String key = of(token.toString());
                if (key.length() >= 2 && !PATRONYMIC_MARKERS.contains(key)) {
                    tokens.add(token.toString());
                }
                token.setLength(0);
            }
        }
        return List.copyOf(tokens);
    }

    private static boolean isTokenChar(char c) {
        return Character.isLetter(c) || isMark(c) || APOSTROPHES.indexOf(c) >= 0;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Done before NFKC, which would turn ´ into a space and a combining accent. */
    private static String unifyApostrophes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(APOSTROPHES.indexOf(c) >= 0 ? '\'' : c);
        }
        return out.toString();
    }

    /**
     * Reduces accented Latin letters to the letters the rules know ("Äliya" → "aliya"),
     * drops separators, and leaves other scripts (Arabic) alone, harakat included.
     */
    private static String foldLatinLetters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String special = SPECIAL_LATIN.get(c);
            boolean afterAscii = out.length() > 0 && out.charAt(out.length() - 1) < 128;
            if (special != null) {
                out.append(special);
            } else if (c > 127 && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).chars()
                        .filter(part -> !isMark((char) part))
                        .forEach(part -> out.append((char) part));
            } else if (Character.isLetter(c) || c == '\'' || isMark(c) && !afterAscii) {
                // A mark after an ASCII letter is the dot that lower-casing leaves on Turkish İ;
                // other marks belong to Arabic script and are kept.
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String applyRules(String latin) {
        StringBuilder key = new StringBuilder(latin.length());
        int i = 0;
        while (i < latin.length()) {
            String[] rule = ruleAt(latin, i);
            if (rule == null) {
                key.append(latin.charAt(i++));
            } else {
                key.append(rule[1]);
                i += rule[0].length();
            }
        }
        return key.toString();
    }

    private static String[] ruleAt(String latin, int i) {
        for (String[] rule : RULES) {
            if (latin.startsWith(rule[0], i)) {
                return rule;
            }
        }
        return null;
    }

    /**
     * Removes the y-glides that some spellings write and others omit:
     * a leading glide before a vowel ("Yevgeniya"/"Evgeniya", "Yusupova"/"Iusupova" →
     * "usupava", "Yoqubov"/"Yakubov"), a glide between a vowel and e ("Jumaboyev"/"Jumaboev",
     * "Aliyev"/"Aliev"), and repeated i ("Sayidova"/"Saidova", "Evgeniia"/"Evgenia").
     * A two-letter key keeps its glide so that the surname Yu (Ю) is not reduced to "u".
     */
    private static String smoothGlides(String key) {
        StringBuilder out = new StringBuilder(key);
        if (out.length() > 2 && out.charAt(0) == 'i' && isVowel(out.charAt(1))) {
            out.deleteCharAt(0);
        }
        for (int i = out.length() - 2; i >= 0; i--) {
            boolean doubled = out.charAt(i + 1) == 'i';
            boolean beforeE = i > 0 && isVowel(out.charAt(i - 1)) && out.charAt(i + 1) == 'e';
            if (out.charAt(i) == 'i' && (doubled || beforeE)) {
                out.deleteCharAt(i);
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
