package org.homeward.registry.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The looser keys by which a name is matched in search and duplicate checks, beyond its {@link NameKey}: the ways
 * Central Asian names really vary between documents and forms, folded so that they meet.
 * <ul>
 *   <li>doubled and single letters: Alla / Ala, Rassul / Rasul, Muhammad / Muhamad;</li>
 *   <li>e and a: Madina / Medina, Ahmed / Ahmad, Mohammed / Muhammad (with the o/u reading below);</li>
 *   <li>French-style ou: Mahmoud / Mahmud;</li>
 *   <li>a plain o that may be o' typed without its apostrophe (or Uzbek ў typed as Russian о): Otkir / O'tkir /
 *       Utkir. Each plain o gives a second reading as u, for the first two, so a name has at most four keys;</li>
 *   <li>Tajik ҷ typed as Russian ч, and ch for j: Ҷамшед / Чамшед / Jamshed; Kazakh and Kyrgyz ң typed as н,
 *       and ng for n: Жаңыл / Жаныл / Zhanyl;</li>
 *   <li>voiced and unvoiced endings (Farhod / Farhot, Zaynab / Zaynap), only for a whole name:
 *       {@link #whole}.</li>
 * </ul>
 * What must stay apart still does: u is not a (Hasan / Husan), the feminine ending is kept (Akhmedov /
 * Akhmedova, Aziz / Aziza), sh is not s. The other letters Kazakh, Kyrgyz, Tajik and Uzbek write (қ, ғ, ҳ, һ, ә, ө, ү,
 * ұ, і, ӣ, ӯ) already meet their nearest Russian letters in {@link NameKey}.
 */
public final class NameVariants {

	private static final String APOSTROPHES = "'’‘ʻʼ`´ʹ′‛ʽ";
	private static final int O_READINGS = 2;

	private NameVariants() {
	}

	/** The loose keys of one name token, the usual reading first; empty if the token has no letters. */
	public static Set<String> of(String token) {
		Objects.requireNonNull(token, "token");
		Set<String> keys = new LinkedHashSet<>();
		for (String reading : readings(frenchOu(token))) {
			String key = loose(NameKey.of(reading));
			if (!key.isEmpty()) {
				keys.add(key);
			}
		}
		return keys;
	}

	/** The loose keys of each token of a full name, in the order written; see {@link NameKey#tokensOf}. */
	public static List<Set<String>> tokensOf(String fullName) {
		List<Set<String>> tokens = new ArrayList<>();
		for (String token : NameKey.rawTokensOf(fullName)) {
			Set<String> keys = of(token);
			if (!keys.isEmpty()) {
				tokens.add(keys);
			}
		}
		return tokens;
	}

	/**
	 * A loose key as a whole name, whose last consonant is written voiced or unvoiced alike (Farhod / Farhot):
	 * only whole names are compared this way, so that "Akhmed" typed as the start of Akhmedova is not read as
	 * "Akhmet".
	 */
	public static String whole(String looseKey) {
		if (looseKey.isEmpty()) {
			return looseKey;
		}
		char last = looseKey.charAt(looseKey.length() - 1);
		char unvoiced = switch (last) {
			case 'd' -> 't';
			case 'b' -> 'p';
			case 'g' -> 'k';
			case 'z' -> 's';
			case 'v' -> 'f';
			default -> last;
		};
		return looseKey.substring(0, looseKey.length() - 1) + unvoiced;
	}

	/** Folds a {@link NameKey} further: ch/j, ng/n, e/a, and doubled letters. */
	static String loose(String key) {
		String folded = key.replace('č', 'j').replace("ng", "n").replace('e', 'a');
		StringBuilder out = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (out.length() == 0 || out.charAt(out.length() - 1) != c || !Character.isLetter(c)
					|| Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Mahmoud, Youssef: French-style ou is u, in Latin spellings only. */
	private static String frenchOu(String token) {
		return token.replace("ou", "u").replace("OU", "U").replace("Ou", "U");
	}

	/** The token as written, and with each of its first plain o read as u (o' without its apostrophe). */
	private static List<String> readings(String token) {
		List<Integer> plainOs = new ArrayList<>();
		for (int i = 0; i < token.length() && plainOs.size() < O_READINGS; i++) {
			char c = token.charAt(i);
			boolean o = c == 'o' || c == 'O' || c == 'о' || c == 'О';
			boolean apostrophe = i + 1 < token.length() && APOSTROPHES.indexOf(token.charAt(i + 1)) >= 0;
			boolean afterY = i > 0 && "yYйЙ".indexOf(token.charAt(i - 1)) >= 0; // yo, ё: a real o
			if (o && !apostrophe && !afterY) {
				plainOs.add(i);
			}
		}
		List<String> readings = new ArrayList<>();
		for (int mask = 0; mask < 1 << plainOs.size(); mask++) {
			char[] chars = token.toCharArray();
			for (int bit = 0; bit < plainOs.size(); bit++) {
				if ((mask & 1 << bit) != 0) {
					int at = plainOs.get(bit);
					chars[at] = switch (chars[at]) {
						case 'o' -> 'u';
						case 'O' -> 'U';
						case 'о' -> 'у';
						default -> 'У';
					};
				}
			}
			readings.add(new String(chars));
		}
		return readings;
	}
}
