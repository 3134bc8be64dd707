package org.dialogue.meetings.domain.organisation;

/** Reach of an organisation: INTERPOL is global; AFRIPOL, EUROPOL and the others regional. */
public enum OrganisationKind {
    GLOBAL, REGIONAL, OTHER
}
