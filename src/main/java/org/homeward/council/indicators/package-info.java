/**
 * The Council's regional indicators, at the hub: the register of national nodes and their public keys, the import
 * of the quarters they submit (signed SDMX, verified against the node's registered key; unsigned, tampered,
 * wrong-key, replayed and malformed messages refused, each with its reason; a resubmitted quarter kept as a new
 * revision beside the earlier ones), and the comparison of the five states, per indicator and over time, beside
 * the implementation of the Council's own recommendations per state. Only aggregates with small cells suppressed
 * ever arrive here; only the Council's roles see them. A named interface of the council module, beside its meetings,
 * follow-up and library.
 */
@org.springframework.modulith.NamedInterface("indicators")
package org.homeward.council.indicators;
