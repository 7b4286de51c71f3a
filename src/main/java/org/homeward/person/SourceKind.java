package org.homeward.person;

/** Where a piece of information about a person came from. */
public enum SourceKind {
    FAMILY_REPORT, ICRC_NOTIFICATION, OTHER_SIDE_LIST, RETURNEE_TESTIMONY, OPEN_SOURCE, OMBUDSMAN
}
