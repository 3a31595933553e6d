package org.homeward.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.homeward.registry.DocumentKind;
import org.homeward.registry.IdentityDocumentDetails;

/**
 * Invented identity documents in the formats caseworkers meet: Uzbek passports ("FA1234567"), ID cards, return
 * certificates issued by a consulate for people who came back without a passport, and birth certificates
 * ("I-TN 1234567", the series naming the region). Numbers are drawn at random and never repeat, so that the only
 * shared numbers in the demo are the deliberate near-duplicates.
 */
final class DemoDocuments {

	private static final String UZBEKISTAN = "UZ";

	private final Random random;
	private final Set<String> issued = new HashSet<>();

	DemoDocuments(Random random) {
		this.random = random;
	}

	/**
	 * A returned adult: most got a new passport within a year and a half of coming home, some still hold the
	 * return certificate they travelled on, and a few have no document yet.
	 */
	List<IdentityDocumentDetails> returnedAdult(LocalDate arrival) {
		int draw = random.nextInt(100);
		if (draw < 55) {
			LocalDate issue = arrival.plusDays(60 + random.nextInt(480));
			String series = random.nextInt(4) == 0 ? "AB" : "FA";
			return List.of(passport(series, issue));
		}
		if (draw < 90) {
			LocalDate issue = arrival.minusDays(3 + random.nextInt(28));
			return List.of(new IdentityDocumentDetails(DocumentKind.RETURN_CERTIFICATE, number("RC", " "),
					UZBEKISTAN, issue, null));
		}
		return List.of();
	}

	/** A relative who never left: a passport of the older series, or one of the ID cards issued since 2021. */
	List<IdentityDocumentDetails> resident(LocalDate birth) {
		LocalDate lastPassport = LocalDate.of(2020, 12, 31);
		LocalDate earliest = later(birth.plusYears(16), LocalDate.of(2011, 1, 1));
		if (random.nextInt(100) < 70 && !earliest.isAfter(lastPassport)) {
			return List.of(passport(random.nextBoolean() ? "AA" : "AB", between(earliest, lastPassport)));
		}
		LocalDate issue = between(later(earliest, LocalDate.of(2021, 2, 1)), LocalDate.of(2025, 12, 31));
		return List.of(new IdentityDocumentDetails(DocumentKind.NATIONAL_ID_CARD, number("AD", ""), UZBEKISTAN, issue,
				issue.plusYears(10)));
	}

	/**
	 * A child: born at home before the family left, nearly always registered at birth; born abroad, registered by
	 * the civil registry after the return in about half of the cases, the rest still waiting for a court decision
	 * on the facts of birth.
	 */
	List<IdentityDocumentDetails> child(LocalDate birth, boolean bornAbroad, LocalDate arrival, String regionSeries) {
		if (bornAbroad && random.nextBoolean() || !bornAbroad && random.nextInt(100) < 15) {
			return List.of();
		}
		LocalDate issue = bornAbroad ? arrival.plusDays(30 + random.nextInt(370)) : birth.plusDays(7 + random.nextInt(54));
		return List.of(new IdentityDocumentDetails(DocumentKind.BIRTH_CERTIFICATE, number("I-" + regionSeries, " "),
				UZBEKISTAN, issue, null));
	}

	private IdentityDocumentDetails passport(String series, LocalDate issue) {
		return new IdentityDocumentDetails(DocumentKind.PASSPORT, number(series, ""), UZBEKISTAN, issue,
				issue.plusYears(10));
	}

	/** A series and seven digits, unused so far. */
	private String number(String series, String separator) {
		String number;
		do {
			number = series + separator + String.format("%07d", random.nextInt(10_000_000));
		}
		while (!issued.add(number.replace(" ", "")));
		return number;
	}

	private LocalDate between(LocalDate first, LocalDate last) {
		return first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}
}
