package org.homeward.council;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.council.MeetingCommands.AddMaterial;
import org.homeward.council.MeetingCommands.RecordMinutes;
import org.homeward.council.MeetingCommands.RecordOutcome;
import org.homeward.council.internal.FileKind;
import org.homeward.council.internal.FileStore;
import org.homeward.council.internal.MaterialStore;
import org.homeward.council.internal.MinutesStore;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.UnknownReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a meeting leaves on record: its materials (each shown only to those its visibility allows), the minutes of
 * each agenda item (every save a new revision, none overwritten) and the outcome document. The secretariat writes;
 * whoever sees the meeting reads the minutes and the outcome.
 */
@Service
public class MeetingRecords {

	private final Meetings meetings;
	private final MaterialStore materials;
	private final FileStore files;
	private final MinutesStore minutes;
	private final CouncilAccess access;
	private final AuditTrail audit;

	MeetingRecords(Meetings meetings, MaterialStore materials, FileStore files, MinutesStore minutes,
			CouncilAccess access, AuditTrail audit) {
		this.meetings = meetings;
		this.materials = materials;
		this.files = files;
		this.minutes = minutes;
		this.access = access;
		this.audit = audit;
	}

	// --- materials ---

	/** The materials of a meeting the user may see. */
	@Transactional(readOnly = true)
	public List<Material> materials(UUID meetingId, CurrentUser user) {
		Standing standing = access.standing(meetingId, user);
		return materials.ofMeeting(meetingId).stream().filter(m -> standing.sees(m.visibility())).toList();
	}

	/** Adds a material: a link, an uploaded PDF, PNG or JPEG of at most 10 MB, or both. */
	@Transactional
	public Material addMaterial(UUID meetingId, AddMaterial material, String fileName, byte[] content,
			CurrentUser user) {
		access.requireSecretariat(user);
		access.meeting(meetingId, user);
		if (material.agendaItemId() != null) {
			try {
				meetings.agendaItem(meetingId, material.agendaItemId(), user);
			}
			catch (RecordNotFound notOfThisMeeting) {
				throw new UnknownReference("agendaItemId", "council.agenda.unknown");
			}
		}
		boolean hasFile = content != null && content.length > 0;
		if (!hasFile && (material.link() == null || material.link().isBlank())) {
			throw new Refused("council.material.empty");
		}
		UUID fileId = hasFile ? store(fileName, content, user) : null;
		UUID id = materials.insert(meetingId, material, fileId, user.username());
		audit.record(user.actor(), AuditAction.CREATE, MaterialStore.RECORD_TYPE, id, "meeting " + meetingId);
		return materials.find(id).orElseThrow();
	}

	private UUID store(String fileName, byte[] content, CurrentUser user) {
		if (content.length > FileKind.MAX_BYTES) {
			throw new Refused("council.file.tooLarge");
		}
		String type = FileKind.of(content).orElseThrow(() -> new Refused("council.file.type"));
		return files.insert(FileKind.safeName(fileName), type, content, user.username());
	}

	/** A material's file, if the user may see the material; the download is audited. */
	@Transactional
	public CouncilFile.Content materialFile(UUID meetingId, UUID materialId, CurrentUser user) {
		Standing standing = access.standing(meetingId, user);
		Material material = materials.find(materialId).filter(m -> m.meetingId().equals(meetingId))
				.filter(m -> standing.sees(m.visibility())).filter(m -> m.file() != null)
				.orElseThrow(() -> new RecordNotFound(MaterialStore.RECORD_TYPE));
		audit.record(user.actor(), AuditAction.EXPORT, MaterialStore.RECORD_TYPE, materialId, null);
		return files.content(material.file().id()).orElseThrow();
	}

	@Transactional
	public void removeMaterial(UUID meetingId, UUID materialId, CurrentUser user) {
		access.requireSecretariat(user);
		materials.find(materialId).filter(m -> m.meetingId().equals(meetingId))
				.orElseThrow(() -> new RecordNotFound(MaterialStore.RECORD_TYPE));
		materials.delete(materialId);
		audit.record(user.actor(), AuditAction.DELETE, MaterialStore.RECORD_TYPE, materialId, "meeting " + meetingId);
	}

	// --- minutes ---

	/** The current minutes of each agenda item of a meeting that has any. */
	@Transactional(readOnly = true)
	public Map<UUID, MinutesRevision> minutes(UUID meetingId, CurrentUser user) {
		access.meeting(meetingId, user);
		return minutes.currentOfMeeting(meetingId);
	}

	/**
	 * Saves a new revision of an item's minutes, written on the revision the secretary saw; if another was saved
	 * meanwhile the save is stale and nothing is written.
	 */
	@Transactional
	public MinutesRevision recordMinutes(UUID meetingId, UUID itemId, RecordMinutes command, CurrentUser user) {
		access.requireSecretariat(user);
		meetings.agendaItem(meetingId, itemId, user);
		int revision = minutes.addRevision(itemId, command.baseRevision(), command.text(), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, MinutesStore.MINUTES, itemId, "revision " + revision);
		return minutes.revisions(itemId).get(0);
	}

	/** Every revision of an item's minutes, newest first; for the secretariat, who drafts them. */
	@Transactional(readOnly = true)
	public List<MinutesRevision> revisions(UUID meetingId, UUID itemId, CurrentUser user) {
		access.requireSecretariat(user);
		meetings.agendaItem(meetingId, itemId, user);
		return minutes.revisions(itemId);
	}

	// --- the outcome document ---

	@Transactional(readOnly = true)
	public Optional<OutcomeDocument> outcome(UUID meetingId, CurrentUser user) {
		access.meeting(meetingId, user);
		return minutes.outcome(meetingId);
	}

	/** Writes the outcome document; version 0 creates it. */
	@Transactional
	public OutcomeDocument recordOutcome(UUID meetingId, RecordOutcome command, CurrentUser user) {
		access.requireSecretariat(user);
		access.meeting(meetingId, user);
		minutes.saveOutcome(meetingId, command, user.username());
		audit.record(user.actor(), AuditAction.UPDATE, MinutesStore.OUTCOME, meetingId, null);
		return minutes.outcome(meetingId).orElseThrow();
	}

	/** What of a meeting's record leaves the system as a file. */
	public enum Export {
		MINUTES,
		OUTCOME
	}

	/** Records that the minutes or the outcome document of a meeting left the system as a file. */
	@Transactional
	public void exported(UUID meetingId, Export what, CurrentUser user) {
		access.meeting(meetingId, user);
		audit.record(user.actor(), AuditAction.EXPORT, what == Export.MINUTES ? MinutesStore.MINUTES
				: MinutesStore.OUTCOME, meetingId, "PDF");
	}
}
