package org.homeward.registry.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.homeward.registry.HasName;
import org.homeward.registry.PersonDetails;

/** Reports a missing name at the Latin surname, where the form shows it. */
public class HasNameValidator implements ConstraintValidator<HasName, PersonDetails> {

	@Override
	public boolean isValid(PersonDetails person, ConstraintValidatorContext context) {
		if (person == null) {
			return true;
		}
		boolean latin = present(person.surnameLatin()) && present(person.givenNameLatin());
		boolean cyrillic = present(person.surnameCyrillic()) && present(person.givenNameCyrillic());
		if (latin || cyrillic) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("surnameLatin").addConstraintViolation();
		return false;
	}

	private static boolean present(String s) {
		return s != null && !s.isBlank();
	}
}
