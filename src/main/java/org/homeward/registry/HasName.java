package org.homeward.registry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.homeward.registry.internal.HasNameValidator;

/** A person is registered with a surname and a given name in Latin or in Cyrillic script, or in both. */
@Documented
@Constraint(validatedBy = HasNameValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface HasName {

	String message() default "{person.name.required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
