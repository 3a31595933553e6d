package org.homeward.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** An edit of a repatriation operation, made on the version the worker saw. */
public record EditOperation(int version, @NotNull @Valid OperationDetails operation) {
}
