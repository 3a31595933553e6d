package org.homeward.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;

import org.homeward.accounts.CurrentUser;
import org.homeward.imports.internal.ColumnMapping;
import org.homeward.imports.internal.ImportJobs;
import org.homeward.imports.internal.ImportRunner;
import org.homeward.imports.internal.ImportThreads;
import org.homeward.imports.internal.Spreadsheet;
import org.homeward.registry.RegistryScope;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.UnknownReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports of persons, households and cases from spreadsheets, for those who may register persons (a coordinator, a
 * case manager of a region), into their own scope. An import is seen only by the person who uploaded it.
 */
@Service
@PreAuthorize("hasAnyRole('COORDINATOR', 'CASE_MANAGER')")
public class Imports {

	public static final String RECORD_TYPE = "IMPORT";

	/** How many rows a preview shows. */
	public static final int PREVIEW_ROWS = 10;

	private final ImportJobs jobs;
	private final ImportRunner runner;
	private final ImportThreads background;

	Imports(ImportJobs jobs, ImportRunner runner, ImportThreads background) {
		this.jobs = jobs;
		this.runner = runner;
		this.background = background;
	}

	/** Keeps an uploaded file for mapping, once it is known to be a readable CSV or XLSX file with a heading row. */
	@Transactional
	public UUID upload(String fileName, byte[] content, FileEncoding encoding, CurrentUser user) {
		RegistryScope.of(user);
		Spreadsheet sheet = Spreadsheet.of(fileName, content, encoding == null ? FileEncoding.UTF_8 : encoding);
		List<String> headings = sheet.headings();
		if (headings.stream().allMatch(h -> h == null || h.isBlank())) {
			throw new Refused("imports.file.noHeadings", "file");
		}
		UUID id = jobs.insert(user.username(), user.organizationId(), sheet.kind(),
				encoding == null ? FileEncoding.UTF_8 : encoding, content);
		jobs.saveMapping(id, ColumnMapping.write(ColumnMapping.suggest(headings)));
		return id;
	}

	/** The headings of the file's first row. */
	@Transactional(readOnly = true)
	public List<String> headings(UUID id, CurrentUser user) {
		return sheet(own(id, user)).headings();
	}

	/** The mapping the import will use: the one saved, or the one its headings suggest. */
	@Transactional(readOnly = true)
	public Map<ImportField, String> mapping(UUID id, CurrentUser user) {
		return ColumnMapping.read(own(id, user).mapping());
	}

	/**
	 * Maps the file's columns to fields; refused naming the first field the registry needs that is left out (a
	 * region, sex, date of birth, a surname and a given name in Latin or Cyrillic script) or mapped to a heading
	 * the file does not have. Saved under a name for the next files too, when one is given.
	 */
	@Transactional
	public void map(UUID id, Map<ImportField, String> mapping, String saveAs, CurrentUser user) {
		ImportJobs.Job job = own(id, user);
		requireEditable(job);
		List<String> headings = sheet(job).headings();
		Map<ImportField, String> chosen = new EnumMap<>(ImportField.class);
		mapping.forEach((field, heading) -> {
			if (heading != null && !heading.isBlank()) {
				if (!headings.contains(heading)) {
					throw new Refused("imports.mapping.unknownHeading", field.name());
				}
				chosen.put(field, heading);
			}
		});
		for (ImportField required : new ImportField[] { ImportField.REGION, ImportField.SEX, ImportField.BIRTH_DATE }) {
			if (!chosen.containsKey(required)) {
				throw new Refused("imports.mapping.required", required.name());
			}
		}
		boolean latin = chosen.containsKey(ImportField.SURNAME_LATIN) && chosen.containsKey(ImportField.GIVEN_NAME_LATIN);
		boolean cyrillic = chosen.containsKey(ImportField.SURNAME_CYRILLIC)
				&& chosen.containsKey(ImportField.GIVEN_NAME_CYRILLIC);
		if (!latin && !cyrillic) {
			throw new Refused("imports.mapping.name", ImportField.SURNAME_LATIN.name());
		}
		String text = ColumnMapping.write(chosen);
		jobs.saveMapping(id, text);
		if (saveAs != null && !saveAs.isBlank()) {
			jobs.saveNamedMapping(saveAs.strip(), user.username(), user.organizationId(), text);
		}
	}

	/** The mappings saved by the user and by others of their organisation, by name. */
	@Transactional(readOnly = true)
	public List<SavedMapping> savedMappings(CurrentUser user) {
		RegistryScope.of(user);
		return jobs.mappingsFor(user.username(), user.organizationId()).stream()
				.map(m -> new SavedMapping(m.id(), m.name(), m.owner(), ColumnMapping.read(m.mapping()))).toList();
	}

	/** Refused naming {@code mappingId} unless it is one of the user's saved mappings (or none is given). */
	@Transactional(readOnly = true)
	public void requireSavedMapping(UUID mappingId, CurrentUser user) {
		if (mappingId != null && savedMappings(user).stream().noneMatch(m -> m.id().equals(mappingId))) {
			throw new UnknownReference("mappingId", "imports.mapping.unknown");
		}
	}

	/** Applies a saved mapping to an import, by the mapping's id; its headings missing from the file are left out. */
	@Transactional
	public Map<ImportField, String> applyMapping(UUID id, UUID mappingId, CurrentUser user) {
		ImportJobs.Job job = own(id, user);
		requireEditable(job);
		SavedMapping saved = savedMappings(user).stream().filter(m -> m.id().equals(mappingId)).findFirst()
				.orElseThrow(() -> new UnknownReference("mappingId", "imports.mapping.unknown"));
		List<String> headings = sheet(job).headings();
		Map<ImportField, String> usable = new EnumMap<>(ImportField.class);
		saved.columns().forEach((field, heading) -> {
			if (headings.contains(heading)) {
				usable.put(field, heading);
			}
		});
		jobs.saveMapping(id, ColumnMapping.write(usable));
		return usable;
	}

	/** The first rows as they will be stored, with what is wrong with each. */
	@Transactional(readOnly = true)
	public List<ImportedRow> preview(UUID id, CurrentUser user) {
		ImportJobs.Job job = own(id, user);
		return runner.preview(sheet(job), job.mapping(), user, PREVIEW_ROWS);
	}

	/** Starts a run in the background; refused while one is queued or running, or once the file is stored. */
	public ImportReport start(UUID id, ImportMode mode, boolean duplicatesReviewed, CurrentUser user) {
		ImportJobs.Job job = own(id, user);
		RegistryScope.of(user);
		if (!jobs.queue(job.id(), mode, duplicatesReviewed)) {
			throw new Refused("imports.run.notNow");
		}
		try {
			background.execute(() -> runner.run(id, user));
		}
		catch (RejectedExecutionException e) {
			jobs.finish(id, ImportStatus.FAILED, new ImportJobs.Counts(0, 0, 0, 0, 0, 0, 0, 0, 0), "imports.busy");
			throw new Refused("imports.busy");
		}
		return report(id, user);
	}

	/** Runs an import in the caller's thread and answers its report once done: for the benchmark and the demo. */
	public ImportReport runNow(UUID id, ImportMode mode, boolean duplicatesReviewed, CurrentUser user) {
		ImportJobs.Job job = own(id, user);
		if (!jobs.queue(job.id(), mode, duplicatesReviewed)) {
			throw new Refused("imports.run.notNow");
		}
		runner.run(id, user);
		return report(id, user);
	}

	@Transactional(readOnly = true)
	public ImportReport report(UUID id, CurrentUser user) {
		ImportJobs.Job job = own(id, user);
		return new ImportReport(job.id(), job.status(), job.mode(), job.duplicatesReviewed(), job.totalRows(),
				job.status().finished() ? 100 : job.percentDone(), job.storedRows(), job.invalidRows(),
				job.duplicateRows(), job.households(), job.cases(), job.problemCount(), job.failure(), job.createdAt(),
				job.finishedAt(), jobs.problems(id, ImportJobs.MAX_PROBLEMS_KEPT));
	}

	/** The user's newest imports, without their problems. */
	@Transactional(readOnly = true)
	public List<ImportReport> recent(CurrentUser user) {
		RegistryScope.of(user);
		return jobs.newestOf(user.username(), 10).stream()
				.map(job -> new ImportReport(job.id(), job.status(), job.mode(), job.duplicatesReviewed(),
						job.totalRows(), job.percentDone(), job.storedRows(), job.invalidRows(), job.duplicateRows(),
						job.households(), job.cases(), job.problemCount(), job.failure(), job.createdAt(),
						job.finishedAt(), List.of()))
				.toList();
	}

	public int maxRows() {
		return runner.maxRows();
	}

	/** The import if the user uploaded it and may still import; otherwise not found, whether or not it exists. */
	private ImportJobs.Job own(UUID id, CurrentUser user) {
		RegistryScope.of(user);
		return jobs.find(id).filter(job -> job.createdBy().equals(user.username()))
				.orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
	}

	private void requireEditable(ImportJobs.Job job) {
		if (job.status() == ImportStatus.QUEUED || job.status() == ImportStatus.RUNNING
				|| job.status() == ImportStatus.DONE) {
			throw new Refused("imports.run.notNow");
		}
	}

	private Spreadsheet sheet(ImportJobs.Job job) {
		byte[] content = jobs.content(job.id());
		if (content == null) {
			throw new Refused("imports.file.gone");
		}
		return Spreadsheet.stored(job.fileType(), content, job.encoding());
	}
}
