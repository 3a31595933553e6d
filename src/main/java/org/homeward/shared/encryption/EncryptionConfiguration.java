package org.homeward.shared.encryption;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The node's keyset: {@code homeward.encryption.keyset} (the JSON itself, e.g. from {@code HOMEWARD_ENCRYPTION_KEYSET})
 * or {@code homeward.encryption.keyset-file}. Outside demo mode one of them must be set; in demo mode a keyset is
 * generated beside the demo's data on first start ({@code ./data/keyset.json}).
 */
@Configuration(proxyBeanMethods = false)
class EncryptionConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EncryptionConfiguration.class);

	@Bean
	Encryption encryption(@Value("${homeward.encryption.keyset:}") String inline,
			@Value("${homeward.encryption.keyset-file:}") String file,
			@Value("${homeward.demo:false}") boolean demo,
			@Value("${homeward.encryption.generate-missing:${homeward.demo:false}}") boolean generateMissing,
			@Value("${homeward.db.data-dir:./data/postgres}") String databaseDir) {
		if (!inline.isBlank()) {
			return new Encryption(KeysetSource.parse(inline));
		}
		if (!file.isBlank()) {
			Path path = Path.of(file);
			if (Files.exists(path)) {
				return new Encryption(KeysetSource.read(path));
			}
			if (!generateMissing) {
				throw new IllegalStateException("The encryption keyset file " + path + " does not exist; create one with "
						+ "the command --keyset-new=" + path + " (see docs/operations.md)");
			}
			return new Encryption(generated(path));
		}
		if (!demo) {
			throw new IllegalStateException("No encryption keyset: set HOMEWARD_ENCRYPTION_KEYSET_FILE (or "
					+ "HOMEWARD_ENCRYPTION_KEYSET); see docs/operations.md");
		}
		// beside the embedded database's directory: ./data/keyset.json for the demo's ./data/postgres
		Path parent = Path.of(databaseDir).toAbsolutePath().normalize().getParent();
		Path demoKeyset = (parent != null ? parent : Path.of(".")).resolve("keyset.json");
		return new Encryption(Files.exists(demoKeyset) ? KeysetSource.read(demoKeyset) : generated(demoKeyset));
	}

	private static com.google.crypto.tink.KeysetHandle generated(Path path) {
		var keyset = KeysetSource.generate();
		KeysetSource.write(path, keyset);
		log.warn("Demo mode: generated an encryption keyset in {}; a production node keeps its keyset apart from its data",
				path);
		return keyset;
	}
}
