package org.homeward.platform;

/** What a user may do in Homeward. A user holds one or more roles. */
public enum Role {
    /** Registers people, records information, proposes status changes and nominations. */
    CASEWORKER,
    /** Approves the status changes that matter, runs exchange rounds, assigns cases, reads reports. */
    SUPERVISOR,
    /** A partner organisation under a data-sharing agreement: downloads the exports granted to it. */
    PARTNER,
    /** Reads the audit trail and the access log; changes nothing. */
    AUDITOR,
    /** Manages accounts, offices and roles; sees no case data unless also given a case role. */
    ADMIN;

    /** The role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String CASEWORKER = "CASEWORKER";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String PARTNER = "PARTNER";
        public static final String AUDITOR = "AUDITOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
