package org.homeward.registry.internal;

import java.util.List;

import org.homeward.registry.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, indexes again the names of persons whose index was made by older rules (after an upgrade that
 * changes {@link NameIndex#VERSION}), a thousand per transaction. Instances starting together share the work:
 * each takes rows the others have not locked.
 */
@Component
@Order(5)
class NameIndexRefresh implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NameIndexRefresh.class);
	private static final int BATCH = 1000;

	private final PersonStore persons;
	private final TransactionTemplate transaction;

	NameIndexRefresh(PersonStore persons, PlatformTransactionManager transactions) {
		this.persons = persons;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		long done = 0;
		while (true) {
			Integer indexed = transaction.execute(status -> {
				List<Person> batch = persons.indexedByOlderRules(BATCH);
				batch.forEach(person -> persons.reindex(person.id(), NameIndex.of(person.details())));
				return batch.size();
			});
			done += indexed;
			if (indexed < BATCH) {
				break;
			}
		}
		if (done > 0) {
			log.info("Indexed the names of {} persons again with the rules of version {}", done, NameIndex.VERSION);
		}
	}
}
