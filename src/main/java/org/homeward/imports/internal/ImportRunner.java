package org.homeward.imports.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;

import org.homeward.accounts.CurrentUser;
import org.homeward.cases.Cases;
import org.homeward.cases.Commands.OpenCase;
import org.homeward.imports.ImportMode;
import org.homeward.imports.ImportProblem;
import org.homeward.imports.ImportStatus;
import org.homeward.imports.ImportedRow;
import org.homeward.organizations.Organizations;
import org.homeward.registry.AddMember;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdDetails;
import org.homeward.registry.HouseholdRegistry;
import org.homeward.registry.PersonRegistry;
import org.homeward.registry.PossibleDuplicate;
import org.homeward.registry.RegisterPerson;
import org.homeward.registry.RegistryScope;
import org.homeward.registry.Relationship;
import org.homeward.shared.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import: counts the rows (refusing a file beyond the limit before reading further), checks every row and
 * looks for likely duplicates in the registry, then stores the rows the mode allows in one transaction, through
 * the registry's and the cases' facades. Progress is written in transactions of its own, so that the page polling
 * it sees the rows go by while the import's own transaction is still open.
 */
@Component
public class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
	private static final int CHUNK = 1000;

	private final ImportJobs jobs;
	private final PersonRegistry persons;
	private final HouseholdRegistry households;
	private final Cases cases;
	private final Organizations organizations;
	private final Validator validator;
	private final TransactionTemplate transaction;
	private final TransactionTemplate separately;
	private final int maxRows;

	ImportRunner(ImportJobs jobs, PersonRegistry persons, HouseholdRegistry households, Cases cases,
			Organizations organizations, Validator validator, PlatformTransactionManager transactions,
			@Value("${homeward.imports.max-rows:100000}") int maxRows) {
		this.jobs = jobs;
		this.persons = persons;
		this.households = households;
		this.cases = cases;
		this.organizations = organizations;
		this.validator = validator;
		this.transaction = new TransactionTemplate(transactions);
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.maxRows = maxRows;
	}

	public int maxRows() {
		return maxRows;
	}

	/** A reader of the job's rows by its mapping, within the user's scope. */
	public RowReader reader(Spreadsheet sheet, String mapping, CurrentUser user) {
		RegistryScope scope = RegistryScope.of(user);
		List<String> headings = sheet.headings();
		return new RowReader(ColumnMapping.columns(ColumnMapping.read(mapping), headings), headings,
				organizations.nodeRegions(), scope::covers, validator);
	}

	/** The first rows of the file as they will be stored, with their problems (duplicates not looked for). */
	public List<ImportedRow> preview(Spreadsheet sheet, String mapping, CurrentUser user, int count) {
		RowReader reader = reader(sheet, mapping, user);
		List<ImportedRow> rows = new ArrayList<>();
		sheet.readData(row -> {
			rows.add(reader.read(row));
			return rows.size() < count;
		});
		return rows;
	}

	public void run(UUID id, CurrentUser user) {
		ImportJobs.Job job = jobs.find(id).orElseThrow();
		Progress progress = new Progress(id, job.mode());
		try {
			separately.executeWithoutResult(s -> jobs.clearProblems(id));
			Spreadsheet sheet = Spreadsheet.stored(job.fileType(), jobs.content(id), job.encoding());
			RowReader reader = reader(sheet, job.mapping(), user);
			progress.total = countRows(sheet);
			if (progress.total > maxRows) {
				progress.problems.add(new ImportProblem(0, null, ImportProblem.Kind.ERROR, "imports.file.tooManyRows",
						Integer.toString(maxRows)));
				progress.finish(ImportStatus.REFUSED, null);
				return;
			}
			BitSet held = check(sheet, reader, job.duplicatesReviewed(), progress, user);
			if (job.mode() == ImportMode.CHECK) {
				progress.finish(ImportStatus.CHECKED, null);
				return;
			}
			if (job.mode() == ImportMode.ALL_OR_NOTHING && !held.isEmpty()) {
				progress.finish(ImportStatus.REFUSED, "imports.refused.allOrNothing");
				return;
			}
			transaction.executeWithoutResult(s -> store(id, sheet, reader, held, progress, user));
			progress.finish(ImportStatus.DONE, null);
		}
		catch (Refused refused) {
			progress.stored = 0;
			progress.households = 0;
			progress.cases = 0;
			progress.finish(ImportStatus.FAILED, refused.messageKey());
		}
		catch (RuntimeException e) {
			// the exception's message may quote a value of the file: only its kind is logged
			log.warn("Import {} failed: {}", id, e.getClass().getName());
			progress.stored = 0;
			progress.households = 0;
			progress.cases = 0;
			progress.finish(ImportStatus.FAILED, "imports.failed");
		}
	}

	private int countRows(Spreadsheet sheet) {
		int[] count = { -1 };
		sheet.read(row -> ++count[0] <= maxRows);
		return Math.max(count[0], 0);
	}

	/** Checks every row; answers the rows held back: invalid, or likely duplicates not reviewed. */
	private BitSet check(Spreadsheet sheet, RowReader reader, boolean duplicatesReviewed, Progress progress,
			CurrentUser user) {
		BitSet held = new BitSet();
		List<ImportedRow> chunk = new ArrayList<>();
		sheet.readData(row -> {
			ImportedRow read = reader.read(row);
			progress.processed++;
			if (read.valid()) {
				chunk.add(read);
			}
			else {
				held.set(read.row());
				progress.invalid++;
				progress.problems.addAll(read.problems());
			}
			if (chunk.size() >= CHUNK) {
				duplicates(chunk, held, duplicatesReviewed, progress, user);
			}
			progress.maybeSave(ImportStatus.RUNNING);
			return true;
		});
		duplicates(chunk, held, duplicatesReviewed, progress, user);
		progress.save(ImportStatus.RUNNING);
		return held;
	}

	private void duplicates(List<ImportedRow> chunk, BitSet held, boolean reviewed, Progress progress,
			CurrentUser user) {
		if (chunk.isEmpty()) {
			return;
		}
		List<List<PossibleDuplicate>> found = persons
				.findDuplicatesOfEach(chunk.stream().map(ImportedRow::registration).toList(), user);
		for (int i = 0; i < chunk.size(); i++) {
			if (!found.get(i).isEmpty()) {
				int row = chunk.get(i).row();
				progress.duplicates++;
				progress.problems.add(new ImportProblem(row, null, ImportProblem.Kind.DUPLICATE,
						reviewed ? "imports.duplicate.reviewed" : "imports.duplicate",
						Integer.toString(found.get(i).size())));
				if (!reviewed) {
					held.set(row);
				}
			}
		}
		chunk.clear();
	}

	private void store(UUID id, Spreadsheet sheet, RowReader reader, BitSet held, Progress progress,
			CurrentUser user) {
		progress.processed = 0;
		progress.storing = true;
		Map<String, List<AddMember>> members = new LinkedHashMap<>();
		Map<String, UUID> householdRegions = new LinkedHashMap<>();
		List<ImportedRow> chunk = new ArrayList<>();
		sheet.readData(row -> {
			progress.processed++;
			if (!held.get(row.number())) {
				ImportedRow read = reader.read(row);
				if (read.valid()) {
					chunk.add(read);
				}
			}
			if (chunk.size() >= CHUNK) {
				flush(id, chunk, members, householdRegions, progress, user);
			}
			progress.maybeSave(ImportStatus.RUNNING);
			return true;
		});
		flush(id, chunk, members, householdRegions, progress, user);
		for (var household : members.entrySet()) {
			Household created = households.create(
					new HouseholdDetails(household.getKey(), householdRegions.get(household.getKey()), null, null),
					user);
			for (AddMember member : household.getValue()) {
				households.addMember(created.id(), member, user);
			}
			progress.households++;
		}
	}

	private void flush(UUID id, List<ImportedRow> chunk, Map<String, List<AddMember>> members,
			Map<String, UUID> householdRegions, Progress progress, CurrentUser user) {
		if (chunk.isEmpty()) {
			return;
		}
		List<RegisterPerson> registrations = chunk.stream().map(ImportedRow::registration).toList();
		List<UUID> ids = persons.registerAll(registrations, "import " + id, user);
		for (int i = 0; i < chunk.size(); i++) {
			ImportedRow row = chunk.get(i);
			if (row.household() != null) {
				members.computeIfAbsent(row.household(), label -> new ArrayList<>())
						.add(new AddMember(ids.get(i), row.relationship() == null ? Relationship.OTHER_RELATIVE
								: row.relationship()));
				householdRegions.putIfAbsent(row.household(), row.registration().person().regionId());
			}
			if (row.openCase()) {
				cases.open(new OpenCase(ids.get(i), null, null, Set.of()), user);
				progress.cases++;
			}
		}
		progress.stored += chunk.size();
		chunk.clear();
	}

	/** The counts of a run, written every few hundred rows in a transaction of their own. */
	private final class Progress {

		private final UUID id;
		private final ImportMode mode;
		final List<ImportProblem> problems = new ArrayList<>();
		int total;
		int processed;
		int stored;
		int invalid;
		int duplicates;
		int households;
		int cases;
		int problemCount;
		boolean storing;
		private long lastSaved = System.nanoTime();

		Progress(UUID id, ImportMode mode) {
			this.id = id;
			this.mode = mode;
		}

		void maybeSave(ImportStatus status) {
			if (problems.size() >= 500 || System.nanoTime() - lastSaved > 250_000_000L) {
				save(status);
			}
		}

		void save(ImportStatus status) {
			List<ImportProblem> kept = problems.subList(0,
					Math.max(0, Math.min(problems.size(), ImportJobs.MAX_PROBLEMS_KEPT - problemCount)));
			List<ImportProblem> batch = List.copyOf(kept);
			problemCount += problems.size();
			problems.clear();
			ImportJobs.Counts counts = counts();
			separately.executeWithoutResult(s -> {
				jobs.addProblems(id, batch);
				jobs.progress(id, status, counts);
			});
			lastSaved = System.nanoTime();
		}

		void finish(ImportStatus status, String failure) {
			processed = total;
			storing = status == ImportStatus.DONE;
			save(status);
			ImportJobs.Counts counts = counts();
			separately.executeWithoutResult(s -> jobs.finish(id, status, counts, failure));
		}

		/** Rows processed, counted over both passes when the rows are stored, so that the bar moves evenly. */
		private ImportJobs.Counts counts() {
			long done = mode == ImportMode.CHECK ? processed : storing ? (long) total + processed : processed;
			long all = mode == ImportMode.CHECK ? total : 2L * total;
			int percent = all == 0 ? 0 : (int) Math.min(100, done * 100 / all);
			return new ImportJobs.Counts(total, processed, percent, stored, invalid, duplicates, households, cases,
					problemCount);
		}
	}
}
