package org.homeward.audit.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.signature.SignatureConfig;
import org.homeward.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Anchors the audit trail outside the database. At a set interval the node signs a checkpoint of the newest sealed
 * entry (its id and hash, with the time) with its own Ed25519 key (Tink) and appends it to a file that the database
 * cannot rewrite, and optionally sends it to a remote endpoint (the ombudsperson's, say). The auditor's verification
 * then checks the trail against every checkpoint, so that the removal of the newest entries, which the hash chain
 * alone cannot show, is detected.
 *
 * <p>It relies on two methods of the audit trail only: {@link AuditTrail#latestSealed()} and
 * {@link AuditTrail#sealedHash(long)}.
 */
@Service
public class AuditCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

	static {
		try {
			SignatureConfig.register();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private final AuditTrail trail;
	private final Path file;
	private final String endpoint;
	private final String node;
	private final Clock clock;
	private final PublicKeySign signer;
	private final PublicKeyVerify verifier;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	AuditCheckpoints(AuditTrail trail, Clock clock,
			@Value("${homeward.audit.checkpoint.file:}") String file,
			@Value("${homeward.audit.checkpoint.signing-keyset-file:}") String keysetFile,
			@Value("${homeward.audit.checkpoint.endpoint:}") String endpoint,
			@Value("${homeward.node.country:UZ}") String node,
			@Value("${homeward.demo:false}") boolean demo,
			@Value("${homeward.audit.checkpoint.generate-missing:${homeward.demo:false}}") boolean generateMissing,
			@Value("${homeward.db.data-dir:./data/postgres}") String databaseDir) {
		this.trail = trail;
		this.clock = clock;
		this.node = node;
		this.endpoint = endpoint;
		Path parent = Path.of(databaseDir).toAbsolutePath().normalize().getParent();
		Path beside = parent != null ? parent : Path.of(".");
		this.file = file.isBlank() ? beside.resolve("audit-checkpoints.jsonl") : Path.of(file);
		KeysetHandle keyset = keyset(keysetFile.isBlank() ? null : Path.of(keysetFile), demo, generateMissing,
				beside.resolve("checkpoint-signing-keyset.json"));
		try {
			this.signer = keyset.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
			KeysetHandle publicKeyset = keyset.getPublicKeysetHandle();
			this.verifier = publicKeyset.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
			// the public key beside the checkpoints, for an auditor who verifies them elsewhere
			Path publicFile = this.file.resolveSibling(this.file.getFileName() + ".public-key.json");
			Files.createDirectories(publicFile.toAbsolutePath().getParent());
			Files.writeString(publicFile, TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(publicKeyset));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The checkpoint signing keyset holds no signing key", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write beside the audit checkpoints " + this.file, e);
		}
	}

	private static KeysetHandle keyset(Path configured, boolean demo, boolean generateMissing, Path demoFile) {
		try {
			if (configured != null && (Files.exists(configured) || !generateMissing)) {
				return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(configured), InsecureSecretKeyAccess.get());
			}
			if (configured != null) {
				demoFile = configured;
			}
			else if (!demo) {
				throw new IllegalStateException("No key to sign audit checkpoints: set "
						+ "HOMEWARD_AUDIT_CHECKPOINT_SIGNING_KEYSET_FILE (see docs/operations.md)");
			}
			if (Files.exists(demoFile)) {
				return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(demoFile), InsecureSecretKeyAccess.get());
			}
			KeysetHandle generated = KeysetHandle.generateNew(PredefinedSignatureParameters.ED25519);
			Files.createDirectories(demoFile.toAbsolutePath().getParent());
			Files.writeString(demoFile, TinkJsonProtoKeysetFormat.serializeKeyset(generated, InsecureSecretKeyAccess.get()));
			log.warn("Demo mode: generated a key to sign audit checkpoints in {}", demoFile);
			return generated;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the checkpoint signing keyset", e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The checkpoint signing keyset is not a valid Tink keyset", e);
		}
	}

	/** Writes a checkpoint of the newest sealed entry, unless the last checkpoint names it already. */
	@Scheduled(initialDelayString = "${homeward.audit.checkpoint.initial-delay:PT1M}",
			fixedDelayString = "${homeward.audit.checkpoint.interval:PT5M}")
	public void scheduled() {
		write();
	}

	public synchronized Optional<Checkpoint> write() {
		Optional<AuditTrail.SealedEntry> latest = trail.latestSealed();
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		List<Checkpoint> written = checkpoints();
		if (!written.isEmpty() && written.get(written.size() - 1).entryId() == latest.get().id()) {
			return Optional.empty();
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Checkpoint unsigned = new Checkpoint(node, latest.get().id(), latest.get().hash(), now, "");
		try {
			String signature = Base64.getEncoder().encodeToString(signer.sign(unsigned.signedBytes()));
			Checkpoint checkpoint = new Checkpoint(node, unsigned.entryId(), unsigned.entryHash(), now, signature);
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, checkpoint.toLine() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND,
					StandardOpenOption.SYNC);
			send(checkpoint);
			return Optional.of(checkpoint);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Could not sign an audit checkpoint", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the audit checkpoint file " + file, e);
		}
	}

	/** To the remote endpoint too, if one is set; a failure is logged, and the next checkpoint tries again. */
	private void send(Checkpoint checkpoint) {
		if (endpoint.isBlank()) {
			return;
		}
		try {
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(endpoint))
					.timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(checkpoint.toLine())).build(),
					HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() >= 300) {
				log.warn("The audit checkpoint endpoint answered {}", response.statusCode());
			}
		}
		catch (IOException e) {
			log.warn("The audit checkpoint endpoint could not be reached: {}", e.getMessage());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The checkpoints on file, oldest first. */
	public List<Checkpoint> checkpoints() {
		if (!Files.exists(file)) {
			return List.of();
		}
		try {
			return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).map(Checkpoint::parse).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the audit checkpoint file " + file, e);
		}
	}

	/** Checks the trail against every checkpoint on file. */
	public CheckpointVerification.Outcome verify() {
		return CheckpointVerification.verify(checkpoints(), trail::sealedHash, verifier);
	}

	/** The same check against another view of the trail (a restored copy, say). */
	public CheckpointVerification.Outcome verify(java.util.function.LongFunction<Optional<String>> sealedHash) {
		return CheckpointVerification.verify(checkpoints(), sealedHash, verifier);
	}

	public Path file() {
		return file;
	}
}
