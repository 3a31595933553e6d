package org.homeward.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** An edit of a person, made on the version the worker saw. */
public record EditPerson(int version, @NotNull @Valid PersonDetails person) {
}
