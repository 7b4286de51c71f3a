-- Homeward schema, part 15: a status move the system makes (an exchange round listing, accepting,
-- exchanging or letting a person go) keeps its reason as a message code with its arguments, so that
-- it reads in the reader's language. Written once for H2 and PostgreSQL.

-- Only on the live table: the audit trail keeps the reason's English words in "reason", as it always
-- did, so no sealed audit row changes its content and every seal made before this migration still holds.
alter table status_change add column reason_code varchar(64);
alter table status_change add column reason_arguments varchar(2000);
