package org.homeward.cases.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up, after the regions have their codes: gives a number to every case opened before case numbers existed,
 * so that every case can be named on the phone. New cases get theirs when they are opened.
 */
@Component
@Order(1)
class CaseNumbering implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CaseNumbering.class);

	private final CaseStore cases;

	CaseNumbering(CaseStore cases) {
		this.cases = cases;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int numbered = cases.numberTheUnnumbered();
		if (numbered > 0) {
			log.info("Numbered {} cases opened before case numbers", numbered);
		}
	}
}
