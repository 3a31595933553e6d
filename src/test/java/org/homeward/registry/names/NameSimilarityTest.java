package org.homeward.registry.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSimilarityTest {

    @ParameterizedTest(name = "distance({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ahmedava  | ahmedava   | 0
            ahmedava  | ahmmedava  | 1
            ahmedava  | ahmedva    | 1
            ahmedava  | ahmedeva   | 1
            ahmedava  | ahmdeava   | 1
            ahmedava  | hamdeava   | 2
            karimav   | kamilav    | 2
            ""        | abc        | 3
            ""        | ""         | 0
            """)
    void distanceCountsInsertionsDeletionsSubstitutionsAndSwapsAsOneEditEach(String a, String b,
                                                                              int expected) {
        assertThat(NameSimilarity.distance(a, b)).isEqualTo(expected);
        assertThat(NameSimilarity.distance(b, a)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Ахмедова  | Akhmmedova
            Akhmedova | Akhmdeova
            Akhmedova | Akhmedva
            Urunboev  | Orunboev
            Yusupova  | Jusupova
            Madina    | Medina
            Husein    | Husayn
            Muhammad  | Muhamad
            Hassan    | Hasan
            Temur     | Timur
            Ergashev  | Ergashov
            """)
    void oneTypoOrOneVowelOnAKeyOfFiveOrMoreLettersIsStillSimilar(String a, String b) {
        assertThat(NameSimilarity.similar(NameKey.of(a), NameKey.of(b))).isTrue();
    }

    @ParameterizedTest(name = "{0} ≁ {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Akhmedov  | Akhmedova | feminine surname ending
            Aliev     | Alieva    | feminine surname ending
            Nodir     | Nodira    | feminine given name ending
            Dilshod   | Dilshoda  | feminine given name ending
            Aziz      | Aziza     | short name: must be equal
            Ali       | Eli       | short name: must be equal
            Aziz      | Azis      | short name: must be equal
            Rustam    | Rustamov  | given name is not a surname
            Anvar     | Anvarov   | given name is not a surname
            Karimov   | Kamilov   | two edits
            Karimov   | Rahimov   | two edits
            Islom     | Ilhom     | two edits
            Sherzod   | Sherali   | different names
            Muhammad  | محمد      | Arabic script only matches itself
            """)
    void differentNamesAreNotSimilar(String a, String b, String why) {
        String keyA = NameKey.of(a);
        String keyB = NameKey.of(b);
        assertThat(keyA).as(why).isNotEqualTo(keyB);
        assertThat(NameSimilarity.similar(keyA, keyB)).as(why).isFalse();
        assertThat(NameSimilarity.similar(keyB, keyA)).as(why).isFalse();
    }

    @Test
    void equalKeysAreSimilarWhateverTheirLength() {
        assertThat(NameSimilarity.similar("li", "li")).isTrue();
        assertThat(NameSimilarity.similar("محمد", "محمد")).isTrue();
    }

    @Test
    void wordOrderDoesNotMatter() {
        assertThat(sameFullName("Ахмедова Мадина", "Madina Akhmedova")).isTrue();
    }

    @Test
    void aPatronymicMissingOnOneSideStillMatches() {
        assertThat(sameFullName("Akhmedova Madina", "Ахмедова Мадина Рустамовна")).isTrue();
        assertThat(sameFullName("Karimov Sherzod Rustam o'g'li", "Sherzod Karimov")).isTrue();
    }

    @Test
    void aPatronymicInitialDoesNotBlockAMatch() {
        assertThat(sameFullName("Karimov Sherzod Sh.", "Karimov Sherzod Shavkatovich")).isTrue();
    }

    @Test
    void typosAndSpellingConventionsTogetherStillMatch() {
        assertThat(sameFullName("Axmmedova Madina", "АХМЕДОВА МАДИНА")).isTrue();
        assertThat(sameFullName("Yo'ldosheva Xurshida", "Yuldasheva Khurshida")).isTrue();
    }

    @Test
    void aDifferentGivenNameOrGenderIsADifferentPerson() {
        assertThat(sameFullName("Karimov Aziz", "Karimov Anvar")).isFalse();
        assertThat(sameFullName("Akhmedov Madina", "Akhmedova Madina")).isFalse();
        assertThat(sameFullName("Karimov Aziz", "Karimova Aziza")).isFalse();
    }

    @Test
    void aSurnameAloneIsNotEnough() {
        assertThat(sameFullName("Akhmedova", "Akhmedova Madina")).isFalse();
        assertThat(sameFullName("Akhmedova A.", "Akhmedova Madina")).isFalse();
    }

    @Test
    void eachKeyNeedsItsOwnCounterpart() {
        assertThat(sameFullName("Aziz Aziz", "Aziz Karimov")).isFalse();
        assertThat(sameFullName("Aziz Aziz", "Aziz Aziz Karimov")).isTrue();
    }

    @Test
    void arabicScriptNamesMatchOnlyTheSameArabicSpelling() {
        assertThat(sameFullName("محمد علي", "علي محمد")).isTrue();
        assertThat(sameFullName("محمد علي", "Muhammad Ali")).isFalse();
    }

    private static boolean sameFullName(String a, String b) {
        boolean result = NameSimilarity.sameFullName(NameKey.tokensOf(a), NameKey.tokensOf(b));
        assertThat(NameSimilarity.sameFullName(NameKey.tokensOf(b), NameKey.tokensOf(a)))
                .as("symmetry").isEqualTo(result);
        return result;
    }

    @Test
    void emptyListsNeverMatch() {
        assertThat(NameSimilarity.sameFullName(List.of(), List.of())).isFalse();
    }
}
