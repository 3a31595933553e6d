package org.homeward.registry.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TransliterationTest {

    @ParameterizedTest(name = "{0} → {1} (Uzbek Latin)")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Ахмедова Мадина | Axmedova Madina
            Шерзод          | Sherzod
            Хуршида         | Xurshida
            Ҳусейн          | Huseyn
            Ўрунбоев        | O'runboyev
            Ғайратов        | G'ayratov
            Қодиров         | Qodirov
            Жумабоев        | Jumaboyev
            Чолпон          | Cholpon
            Йўлдошева       | Yo'ldosheva
            Ёқубов          | Yoqubov
            Юсупова         | Yusupova
            Евгения         | Yevgeniya
            Алиев           | Aliyev
            Эргашев         | Ergashev
            Кадыров         | Kadirov
            Цой             | Tsoy
            Маъруфа         | Ma'rufa
            Дильшод         | Dilshod
            Исҳоқ           | Is'hoq
            Нұрлан          | Nurlan
            Әлия            | Aliya
            Үмөт            | Umot
            Чыңгыз          | Chingiz
            Ҷамшед          | Jamshed
            Ҷӯраев          | Jo'rayev
            Овезов          | Ovezov
            """)
    void uzbekStyleUsesTheOfficialUzbekLatinAlphabet(String cyrillic, String latin) {
        assertThat(Transliteration.toLatin(cyrillic, LatinStyle.UZBEK)).isEqualTo(latin);
    }

    @ParameterizedTest(name = "{0} → {1} (passport)")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Ахмедова Мадина | Akhmedova Madina
            Шерзод          | Sherzod
            Хуршида         | Khurshida
            Ҳусейн          | Huseyn
            Ўрунбоев        | Urunboyev
            Ғайратов        | Ghayratov
            Қодиров         | Qodirov
            Жумабоев        | Zhumaboyev
            Йўлдошева       | Yuldosheva
            Юсупова         | Yusupova
            Евгения         | Yevgeniya
            Алиев           | Aliyev
            Кадыров         | Kadyrov
            Щукина          | Shchukina
            Наталья         | Natalya
            Маъруфа         | Marufa
            Исҳоқ           | Iskhoq
            Чыңгыз          | Chyngyz
            Ҷамшед          | Jamshed
            Җерен           | Zheren
            """)
    void passportStyleUsesTheRussianBasedRomanisation(String cyrillic, String latin) {
        assertThat(Transliteration.toLatin(cyrillic, LatinStyle.PASSPORT)).isEqualTo(latin);
    }

    @ParameterizedTest
    @EnumSource(LatinStyle.class)
    void capitalisedNamesStayCapitalisedAndAllCapsNamesStayAllCaps(LatinStyle style) {
        assertThat(Transliteration.toLatin("Шерзод", style)).isEqualTo("Sherzod");
        assertThat(Transliteration.toLatin("ШЕРЗОД", style)).isEqualTo("SHERZOD");
        assertThat(Transliteration.toLatin("шерзод", style)).isEqualTo("sherzod");
        assertThat(Transliteration.toLatin("ЮСУПОВА Шерзод", style)).isEqualTo("YUSUPOVA Sherzod");
        assertThat(Transliteration.toLatin("Ш.", style)).isEqualTo("Sh.");
    }

    @Test
    void allCapsUzbekLettersKeepTheirApostrophe() {
        assertThat(Transliteration.toLatin("ЎРУНБОЕВ ҒАЙРАТ", LatinStyle.UZBEK))
                .isEqualTo("O'RUNBOYEV G'AYRAT");
        assertThat(Transliteration.toLatin("ЁҚУБОВ", LatinStyle.PASSPORT)).isEqualTo("YOQUBOV");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Akhmedova", "O'runboyev", "Çolpon", "محمد علي", "12-34, №5", ""})
    void textWithoutCyrillicPassesThroughUnchanged(String text) {
        assertThat(Transliteration.toLatin(text, LatinStyle.UZBEK)).isEqualTo(text);
        assertThat(Transliteration.toLatin(text, LatinStyle.PASSPORT)).isEqualTo(text);
    }

    @Test
    void onlyTheCyrillicPartOfMixedTextIsRomanised() {
        assertThat(Transliteration.toLatin("Akhmedova Мадина, 1990", LatinStyle.PASSPORT))
                .isEqualTo("Akhmedova Madina, 1990");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ахмедова", "Ҳусейн", "Ўрунбоев", "Ғайратов", "Жумабоев", "Йўлдошева",
        "Исҳоқ", "Маъруфа", "Кадыров", "Чыңгыз", "Ҷӯраев", "Евгения", "Щукина", "Үмөт"})
    void aRomanisedNameKeepsTheKeyOfItsCyrillicOriginal(String cyrillic) {
        for (LatinStyle style : LatinStyle.values()) {
            assertThat(NameKey.of(Transliteration.toLatin(cyrillic, style)))
                    .as("%s in %s style", cyrillic, style)
                    .isEqualTo(NameKey.of(cyrillic));
        }
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThatNullPointerException()
                .isThrownBy(() -> Transliteration.toLatin(null, LatinStyle.UZBEK));
        assertThatNullPointerException().isThrownBy(() -> Transliteration.toLatin("Шерзод", null));
    }
}
