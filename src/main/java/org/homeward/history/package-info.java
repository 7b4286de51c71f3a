/**
 * A case's history read back from the Envers audit trail, field by field and in terms a person
 * recognises, and the auditor's search of revisions and of the access log, with CSV downloads.
 */
package org.homeward.history;
