-- Tamper evidence for the audit trail and the access log (product rules "Audit trail"). After commit, a
-- notary seals each revision and each access-log entry in turn: seal_seq is its place in its chain,
-- seal_hmac the HMAC-SHA256 of its content and the seal before it. The key lives outside the database,
-- so whoever can write these tables can change a row but cannot make a matching seal.

alter table audit_revision add column seal_seq bigint;
alter table audit_revision add column seal_hmac varchar(64);
-- One row per place in the chain; unsealed rows (null) do not collide.
create unique index ux_audit_revision_seal on audit_revision (seal_seq);
-- The notary looks for the unsealed rows (seal_seq is null) in id order.
create index ix_audit_revision_unsealed on audit_revision (seal_seq, id);

alter table access_log_entry add column seal_seq bigint;
alter table access_log_entry add column seal_hmac varchar(64);
create unique index ux_access_log_seal on access_log_entry (seal_seq);
create index ix_access_log_unsealed on access_log_entry (seal_seq, id);

-- The head of each chain: the last place given and its seal. Notaries on several nodes take turns by
-- locking this row, so no node keeps a head in memory. The first link chains to 64 zeros.
create table audit_chain (
    chain_name varchar(20) not null,
    last_seq   bigint      not null,
    last_hmac  varchar(64) not null,
    constraint pk_audit_chain primary key (chain_name)
);
insert into audit_chain (chain_name, last_seq, last_hmac)
values ('revisions', 0, '0000000000000000000000000000000000000000000000000000000000000000');
insert into audit_chain (chain_name, last_seq, last_hmac)
values ('access', 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- A revision's seal covers its rows in every audit table, read by rev. The other audit tables have
-- primary keys that start with rev; this one has no key at all (see V4).
create index ix_round_quota_aud_rev on round_quota_aud (rev);
