package org.homeward.registry;

/** Kinds of identity document; a return certificate is issued by a consulate for people without a passport. */
public enum DocumentKind {
	PASSPORT, NATIONAL_ID_CARD, BIRTH_CERTIFICATE, RETURN_CERTIFICATE, OTHER
}
