package org.homeward.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The node's reporting settings ({@code homeward.reporting.*}).
 *
 * @param threshold counts from 1 to one below it are withheld from everyone but the coordinators (default 5)
 * @param quarters how many quarters, the running one included, the summary tables keep current (default 8)
 * @param hubUrl the Council hub's address that quarterly submissions are sent to; HTTPS, except on this machine
 * @param nodeId how this node names itself to the hub (default {@code HOMEWARD-} and the node's country)
 * @param signingKey a JWK file (EC P-256 with its private part) to sign submissions with; when none is given, a key
 * is generated at the first start and kept in the database
 */
@ConfigurationProperties("homeward.reporting")
public record ReportingSettings(@DefaultValue("5") int threshold, @DefaultValue("8") int quarters, String hubUrl,
		String nodeId, String signingKey) {
}
