/**
 * Encryption at rest of the most sensitive contents (notes, the sensitive sections' fields, attachments, consent
 * evidence, second-factor secrets) with Google Tink, and their re-encryption after a key rotation.
 */
package org.homeward.shared.encryption;
