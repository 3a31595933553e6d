package org.homeward.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The foreign key's safety net names the field that carried a reference to nothing, as the caller sent it, and
 * never the column's SQL or the value.
 */
class MissingReferenceTest {

	private static final String NOWHERE = "0b3c3a59-6bd8-4a44-9e5e-8d1c2a3a0d2f";

	record Action(String description, UUID responsibleOrganizationId) {
	}

	record Plan(List<Action> actions) {
	}

	private static DataIntegrityViolationException violation(String sqlState, String detail) {
		var server = new ServerErrorMessage("SERROR\0C" + sqlState + "\0Minsert or update violates a foreign key\0D"
				+ detail + "\0");
		return new DataIntegrityViolationException("could not insert", new PSQLException(server));
	}

	@Test
	void aMissingReferenceIsNamedByTheBodyFieldThatCarriedIt() {
		var missing = MissingReference.of(violation("23503", "Key (responsible_organization_id)=(" + NOWHERE
				+ ") is not present in table \"organization\"."));
		var request = new MockHttpServletRequest();
		request.setAttribute(RememberedBodies.class.getName(),
				new Plan(List.of(new Action("First", UUID.randomUUID()), new Action("Second", UUID.fromString(NOWHERE)))));

		assertThat(missing).isPresent();
		assertThat(missing.get().fieldOf(request)).isEqualTo("actions[1].responsibleOrganizationId");
	}

	@Test
	void aMissingReferenceIsNamedByTheFormFieldThatCarriedIt() {
		var missing = MissingReference.of(violation("23503", "Key (owning_organization_id)=(" + NOWHERE
				+ ") is not present in table \"organization\"."));
		var request = new MockHttpServletRequest();
		request.addParameter("version", "3");
		request.addParameter("organisation", NOWHERE);

		assertThat(missing.get().fieldOf(request)).isEqualTo("organisation");
	}

	@Test
	void withoutTheValueInTheRequestTheColumnNamesTheField() {
		var missing = MissingReference.of(violation("23503", "Key (owning_organization_id)=(" + NOWHERE
				+ ") is not present in table \"organization\"."));

		assertThat(missing.get().fieldOf(new MockHttpServletRequest())).isEqualTo("owningOrganizationId");
	}

	@Test
	void otherViolationsAreNoMissingReference() {
		assertThat(MissingReference.of(violation("23505", "Key (number)=(AB123) already exists."))).isEmpty();
		assertThat(MissingReference.of(violation("23503", "Key (id)=(" + NOWHERE
				+ ") is still referenced from table \"plan_action\"."))).isEmpty();
		assertThat(MissingReference.of(new DataIntegrityViolationException("no cause"))).isEmpty();
	}
}
