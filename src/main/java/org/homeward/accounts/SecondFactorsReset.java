package org.homeward.accounts;

import java.util.UUID;

/** An administrator removed a user's second factors; the user enrols again at the next sign-in, and is told. */
public record SecondFactorsReset(UUID userId) {
}
