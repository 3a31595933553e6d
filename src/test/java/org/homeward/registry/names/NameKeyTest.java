package org.homeward.registry.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NameKeyTest {

    /** Each row: where the spellings come from, then spellings of one name seen in records. */
    static Stream<Arguments> spellingsOfOneName() {
        return Stream.of(
                row("Uzbek surname", "Ахмедова", "Akhmedova", "Axmedova", "AKHMEDOVA", "Ahmedova"),
                row("Uzbek given name", "Мадина", "Madina", "MADINA"),
                row("Uzbek/Russian", "Юсупова", "Yusupova", "Iusupova", "Yusupova"),
                row("Uzbek sh", "Шерзод", "Sherzod", "Şerzod", "Šerzod"),
                row("Uzbek x/ҳ", "Хуршида", "Ҳуршида", "Khurshida", "Xurshida", "Hurshida"),
                row("Uzbek g'", "Ғайратов", "G'ayratov", "Gʻayratov", "G’ayratov", "Gayratov",
                        "Ghayratov", "Ğayratov"),
                row("Uzbek j", "Жумабоев", "Jumaboyev", "Zhumaboev", "Dzhumaboev",
                        "Djumaboev", "Jumaboev", "Джумабаев"),
                row("Uzbek ch", "Чолпон", "Cholpon", "Çolpon", "Čolpon", "ÇOLPON"),
                row("Uzbek o'", "Ўрунбоев", "O'runboyev", "O‘runboyev", "Oʻrunboyev", "Urunboev"),
                row("Uzbek q and o/a", "Қодиров", "Qodirov", "Kodirov", "Kadyrov", "Кадыров"),
                row("Uzbek", "Нурматова", "Nurmatova"),
                row("Russian ye", "Евгения", "Yevgeniya", "Evgeniya", "Evgenia", "Yevgeniia"),
                row("Uzbek э/е", "Эргашев", "Ergashev", "Ергашев", "Yergashev"),
                row("Uzbek o/a", "Исломова", "Islomova", "Islamova", "Исламова"),
                row("Uzbek/Tajik", "Зухра", "Зуҳра", "Zukhra", "Zuhra", "Zuxra"),
                row("Korean (Koryo-saram)", "Цой", "Tsoy", "Tsoi", "Coy"),
                row("Uzbek kh/x", "Шохрух", "Shokhrukh", "Shoxrux", "Shohruh", "Shoxrukh"),
                row("Uzbek yo'/yu", "Йўлдошева", "Yo'ldosheva", "Yuldasheva", "Юлдашева"),
                row("Uzbek dzh", "Мухаммаджон", "Muhammadjon", "Mukhammadzhon", "Muxammadjon"),
                row("Azerbaijani/Uzbek", "Алиев", "Aliyev", "Aliev", "Əliyev"),
                row("Uzbek", "Саидова", "Saidova", "Sayidova"),
                row("Uzbek", "Бахтиёр", "Bakhtiyor", "Baxtiyor", "Bakhtiyar", "Бахтияр"),
                row("Uzbek", "Ёқубов", "Yoqubov", "Yakubov", "Якубов", "Ya'qubov"),
                row("Uzbek", "Дилшод", "Дильшод", "Dilshod", "Dilshad"),
                row("Uzbek", "Ўткир", "O'tkir", "Utkir", "Уткир"),
                row("Uzbek", "Шаҳло", "Шахло", "Shahlo", "Shakhlo", "Shahla"),
                row("Uzbek", "Улуғбек", "Ulug'bek", "Ulugbek", "Ulughbek"),
                row("Uzbek/Russian", "Гулнора", "Гульнара", "Gulnora", "Gulnara"),
                row("Uzbek", "Хусниддин", "Husniddin", "Khusniddin", "Xusniddin"),
                row("Uzbek ъ", "Маъруфа", "Ma'rufa", "Ma’rufa", "Ma´rufa", "Marufa"),
                row("Uzbek s'h", "Исҳоқ", "Is'hoq", "Iskhak", "Исхак"),
                row("Kazakh", "Нұрлан", "Nurlan", "Нурлан"),
                row("Kazakh", "Әлия", "Aliya", "Äliya", "Алия", "Alia"),
                row("Kazakh", "Қайрат", "Qairat", "Kairat", "Qaırat", "Кайрат"),
                row("Kazakh", "Ерлан", "Yerlan", "Erlan"),
                row("Kazakh", "Гүлназ", "Gulnaz", "Gülnaz"),
                row("Kazakh", "Асқар", "Asqar", "Askar", "Аскар"),
                row("Kyrgyz", "Үмөт", "Umot", "Ümöt"),
                row("Kyrgyz", "Айгүл", "Aigul", "Aygul", "Aygül"),
                row("Kyrgyz", "Бакыт", "Bakyt", "Bakit", "Baqyt"),
                row("Kyrgyz ң", "Чыңгыз", "Chyngyz", "Chingiz", "Чингиз"),
                row("Tajik", "Ҷамшед", "Jamshed", "Dzhamshed", "Djamshed", "Джамшед"),
                row("Tajik", "Ҳусейн", "Husein", "Khuseyn", "Khusein", "Хусейн"),
                row("Tajik", "Раҳмонов", "Rahmonov", "Rakhmonov", "Rahmanov", "Рахмонов"),
                row("Tajik ӯ", "Ҷӯраев", "Juraev", "Dzhuraev", "Jo'rayev", "Джураев"),
                row("Tajik", "Фирӯза", "Firuza", "Фируза"),
                row("Turkmen w", "Öwezow", "Овезов", "Ovezov", "Owezow"),
                row("Turkmen ý", "Ýazmyrat", "Yazmyrat", "Язмырат"),
                row("Turkmen ş", "Şatlyk", "Shatlyk", "Шатлык"),
                row("Turkmen җ", "Җерен", "Jeren", "Dzheren", "Джерен"),
                row("Turkmen", "Maýsa", "Maysa", "Майса"),
                row("Turkmen", "Nurmuhammedow", "Нурмухаммедов", "Nurmukhammedov"),
                row("Russian", "Наталья", "Natalya", "Natalia", "Natal'ya"),
                row("Russian", "Сергей", "Sergey", "Sergei"),
                row("Russian щ", "Щукина", "Shchukina"),
                row("Turkish İ", "İslom", "ISLOM", "Ислом"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("spellingsOfOneName")
    void spellingVariantsOfOneNameShareAKey(String origin, List<String> spellings) {
        String expected = NameKey.of(spellings.get(0));
        assertThat(spellings)
                .as("keys: %s", spellings.stream()
                        .map(s -> s + "=" + NameKey.of(s))
                        .collect(Collectors.joining(", ")))
                .allSatisfy(spelling -> assertThat(NameKey.of(spelling)).isEqualTo(expected));
    }

    @Test
    void cyrillicAndPassportSpellingsOfTheSameSurnameShareAKey() {
        assertThat(NameKey.of("Ахмедова")).isEqualTo(NameKey.of("Akhmedova"));
    }

    @Test
    void keysAreAPhoneticSkeletonWithOneCharacterPerSound() {
        assertThat(NameKey.of("Akhmedova")).isEqualTo("ahmedava");
        assertThat(NameKey.of("Шерзод")).isEqualTo("šerzad");
        assertThat(NameKey.of("Чолпон")).isEqualTo("čalpan");
        assertThat(NameKey.of("Цой")).isEqualTo("cai");
        assertThat(NameKey.of("O'runboyev")).isEqualTo("urunbaev");
    }

    @ParameterizedTest(name = "{0} ≠ {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Akhmedov   | Akhmedova  | male and female forms are different people
            Aziz       | Aziza      | male and female given names
            Rustam     | Rustamov   | a given name is not a surname
            Karimov    | Kamilov    | different consonants
            Madina     | Medina     | e is not collapsed into a (left to similarity)
            Husein     | Husayn     | ey/ay: e is not collapsed into a (left to similarity)
            Hasan      | Husan      | u is kept apart from a/o: twins are named Hasan and Husan
            Urunboev   | Orunboev   | dropped apostrophe of o' (left to similarity)
            Yusupova   | Jusupova   | j is always the sound of Jamshed, never y
            Akhmedova  | Akhmmedova | doubled consonants are kept, so a typo is near, not equal
            Sherzod    | Serzod     | sh is never reduced to s
            Is'hoq     | Ishoq      | without the apostrophe, Latin sh is sh
            Шерзод     | Sherzodbek | a longer compound name is a different name
            Fyodor     | Fedor      | ё is a real yo in Uzbek names, so not folded into е
            """)
    void distinctNamesAndDecidedBorderlineSpellingsGetDifferentKeys(String a, String b,
                                                                    String why) {
        assertThat(NameKey.of(a)).as(why).isNotEqualTo(NameKey.of(b));
    }

    @Test
    void apostropheVariantsAreInterchangeable() {
        List<String> keys = Stream.of("'", "’", "‘", "ʻ", "ʼ", "`", "´")
                .map(apostrophe -> NameKey.of("O" + apostrophe + "g" + apostrophe + "iloy"))
                .distinct()
                .toList();
        assertThat(keys).containsExactly(NameKey.of("Ўғилой"));
    }

    @Test
    void cyrillicLookAlikeLettersInsideALatinNameAreHarmless() {
        String mixedScript = "Ахmеdоvа"; // А, х, е, о, а typed on a Cyrillic keyboard
        assertThat(NameKey.of(mixedScript)).isEqualTo(NameKey.of("Akhmedova"));
    }

    @Test
    void caseAndStrayPunctuationDoNotChangeTheKey() {
        assertThat(NameKey.of(" AKHMEDOVA, ")).isEqualTo(NameKey.of("akhmedova"));
    }

    @Test
    void arabicScriptIsOnlyNormalisedAndMatchesOnlyItself() {
        assertThat(NameKey.of("محمد")).isEqualTo("محمد");
        assertThat(NameKey.of("ﻣﺤﻤﺪ")).as("presentation forms").isEqualTo("محمد");
        assertThat(NameKey.of("محمد")).isNotEqualTo(NameKey.of("Muhammad"));
        assertThat(NameKey.of("مُحَمَّد")).as("vowel marks are kept").isEqualTo("مُحَمَّد");
    }

    @Test
    void tokensOfSplitsOnSpacesCommasDotsAndHyphens() {
        assertThat(NameKey.tokensOf("  Akhmedova,Madina.Rustamovna   Abdul-Aziz "))
                .containsExactly("ahmedava", "madina", "rustamavna", "abdul", "aziz");
    }

    @Test
    void tokensOfKeepsApostrophesThatBelongToTheName() {
        assertThat(NameKey.tokensOf("O’runboyev G‘ayrat"))
                .containsExactly(NameKey.of("Ўрунбоев"), NameKey.of("Ғайрат"));
    }

    @Test
    void tokensOfKeepsTheWrittenOrder() {
        assertThat(NameKey.tokensOf("Madina Akhmedova")).containsExactly("madina", "ahmedava");
        assertThat(NameKey.tokensOf("Ахмедова Мадина")).containsExactly("ahmedava", "madina");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Karimov Sherzod Rustam o'g'li | Uzbek Latin
            Каримов Шерзод Рустам ўғли    | Uzbek Cyrillic
            Karimov Sherzod Rustam ugli   | passport
            Karimov Sherzod Rustam-ogly   | Turkmen/Azerbaijani, hyphenated
            Karimova Sherzod Rustam qizi  | Uzbek Latin, daughter
            Каримова Шерзод Рустам қызы   | Kazakh, daughter
            Karimov Sherzod Rustam uulu   | Kyrgyz
            Karimova Sherzod Rustam kyzy  | Kyrgyz, daughter
            Karimov Sherzod Rustam uly    | Kazakh
            """)
    void tokensOfDropsPatronymicMarkersButKeepsTheFathersName(String fullName, String style) {
        assertThat(NameKey.tokensOf(fullName)).as(style).hasSize(3).contains("rustam");
    }

    @Test
    void tokensOfDropsInitialsIncludingTwoLetterLatinInitials() {
        assertThat(NameKey.tokensOf("Karimov A. Sh. Kh. Ш.")).containsExactly("karimav");
    }

    @Test
    void tokensOfKeepsTwoLetterSurnames() {
        assertThat(NameKey.tokensOf("Yu Marina")).containsExactly("iu", "marina");
        assertThat(NameKey.tokensOf("Ли Марина")).containsExactly("li", "marina");
    }

    @Test
    void tokensOfBlankOrPunctuationOnlyInputIsEmpty() {
        assertThat(NameKey.tokensOf("")).isEmpty();
        assertThat(NameKey.tokensOf(" -, . ' ")).isEmpty();
    }

    @Test
    void nullIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> NameKey.of(null));
        assertThatNullPointerException().isThrownBy(() -> NameKey.tokensOf(null));
    }

    private static Arguments row(String origin, String... spellings) {
        return Arguments.of(origin, Arrays.asList(spellings));
    }
}
