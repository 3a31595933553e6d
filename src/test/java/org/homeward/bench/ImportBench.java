package org.homeward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.homeward.accounts.Accounts;
import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.imports.FileEncoding;
import org.homeward.imports.ImportMode;
import org.homeward.imports.ImportReport;
import org.homeward.imports.ImportStatus;
import org.homeward.imports.Imports;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The import's throughput, on demand only ({@code mvn -o -B -Pimport-bench test}), never in the suite: a CSV file of
 * 100,000 synthetic persons with unique invented names, checked (every row read, validated and looked up for likely
 * duplicates in the registry) and then imported skipping invalid rows (checked again, then stored in batches and
 * audited), as the national coordinator, in the caller's thread. Prints rows per second of each.
 */
@HomewardTest
class ImportBench {

	private static final int ROWS = Integer.getInteger("import.bench.rows", 100_000);

	@Autowired
	Imports imports;

	@Autowired
	Accounts accounts;

	@Test
	void importOfAHundredThousandPersons() {
		var account = accounts.findByUsername("coordinator").orElseThrow();
		CurrentUser coordinator = new CurrentUser(account.id(), account.username(), account.displayName(),
				account.roles(), account.organizationId(), account.regionId(), account.sector());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(coordinator, null,
				List.of(new SimpleGrantedAuthority(Role.COORDINATOR.authority()))));
		SecurityContextHolder.setContext(context);
		try {
			byte[] file = file();
			System.out.printf("ImportBench: %d rows, %d bytes%n", ROWS, file.length);

			long t0 = System.nanoTime();
			UUID check = imports.upload("bench.csv", file, FileEncoding.UTF_8, coordinator);
			ImportReport checked = imports.runNow(check, ImportMode.CHECK, false, coordinator);
			double checkSeconds = (System.nanoTime() - t0) / 1e9;
			assertThat(checked.status()).isEqualTo(ImportStatus.CHECKED);

			long t1 = System.nanoTime();
			UUID run = imports.upload("bench.csv", file, FileEncoding.UTF_8, coordinator);
			ImportReport done = imports.runNow(run, ImportMode.SKIP_INVALID, false, coordinator);
			double runSeconds = (System.nanoTime() - t1) / 1e9;
			assertThat(done.status()).isEqualTo(ImportStatus.DONE);
			assertThat(done.stored()).isEqualTo(ROWS - done.invalid() - done.duplicates());

			System.out.printf("ImportBench: check (read, validate, duplicates): %.1f s, %.0f rows/s%n", checkSeconds,
					ROWS / checkSeconds);
			System.out.printf("ImportBench: import skip-invalid (check again, store, audit): %.1f s, %.0f rows/s;"
					+ " stored %d, invalid %d, duplicates %d%n", runSeconds, ROWS / runSeconds, done.stored(),
					done.invalid(), done.duplicates());
			System.out.printf("ImportBench: storing alone (run minus check): %.1f s, %.0f rows/s%n",
					runSeconds - checkSeconds, done.stored() / Math.max(0.001, runSeconds - checkSeconds));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Invented names of random letters, so that none is a likely duplicate of another person. */
	private static byte[] file() {
		Random random = new Random(42);
		StringBuilder csv = new StringBuilder("Surname;Given name;Sex;Date of birth;Region;Document number\n");
		for (int i = 0; i < ROWS; i++) {
			LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 70));
			csv.append(word(random, 9)).append("ova;").append(word(random, 7)).append(';')
					.append(random.nextBoolean() ? "F" : "M").append(';')
					.append(String.format("%02d.%02d.%d", born.getDayOfMonth(), born.getMonthValue(), born.getYear()))
					.append(';').append(i % 2 == 0 ? "Tashkent" : "Fergana Region").append(';')
					.append(i % 3 == 0 ? "BX" + (1_000_000 + i) : "").append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String word(Random random, int length) {
		StringBuilder word = new StringBuilder();
		word.append((char) ('A' + random.nextInt(26)));
		for (int i = 1; i < length; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}
}
