/**
 * Names across scripts: Cyrillic to Latin transliteration and the phonetic keys by which "Ахмедова", "Akhmedova"
 * and "Axmedova" are found as one name. Pure functions, open to other modules (the demo data use them to spell
 * synthetic names in both scripts).
 */
@org.springframework.modulith.NamedInterface("names")
package org.homeward.registry.names;
