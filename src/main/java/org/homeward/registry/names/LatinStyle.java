package org.homeward.registry.names;

/**
 * The Latin spelling conventions a caseworker is likely to need for a name typed in Cyrillic.
 *
 * <p>Two styles exist because the same person appears in two kinds of record: documents issued
 * in Uzbekistan use the official Uzbek Latin alphabet, while older passports, visas and foreign
 * (English/Russian-press) paperwork use a Russian-based romanisation. Proposing the wrong one
 * creates a spelling nobody will ever search for.
 */
public enum LatinStyle {

    /**
     * The official Uzbek Latin alphabet ({@code x}, {@code sh}, {@code ch}, {@code o'},
     * {@code g'}, {@code q}, {@code j}), as printed on current Uzbek documents.
     */
    UZBEK,

    /**
     * The Russian-based romanisation found in Central Asian passports and the English-language
     * press ({@code kh}, {@code zh}, {@code gh}, {@code y} for {@code ы}, {@code u} for
     * {@code ў}).
     */
    PASSPORT
}
