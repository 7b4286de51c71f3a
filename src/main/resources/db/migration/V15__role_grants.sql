-- Homeward schema, part 15: separation of duties. A role that opens case data or the audit trail is
-- granted only when a second administrator confirms it; until then it waits here as a pending grant.
-- Written once for H2 and PostgreSQL.

-- open_key is "user id:role" while the grant is pending and null once it is decided: its unique index
-- keeps one pending grant of a role to a user, whoever asks at the same moment, on any node.
create sequence role_grant_seq start with 1 increment by 50;
create table role_grant (
    id           bigint                      not null,
    version      bigint                      not null,
    user_id      bigint                      not null,
    role         varchar(20)                 not null,
    requested_by varchar(64)                 not null,
    requested_at timestamp(6) with time zone not null,
    state        varchar(10)                 not null,
    decided_by   varchar(64),
    decided_at   timestamp(6) with time zone,
    open_key     varchar(40),
    constraint pk_role_grant primary key (id),
    constraint fk_role_grant_user foreign key (user_id) references app_user (id),
    constraint uq_role_grant_open unique (open_key)
);
-- Administrators and auditors list the grants newest first, or the pending ones.
create index ix_role_grant_state on role_grant (state, requested_at);
create index ix_role_grant_user on role_grant (user_id, requested_at);

create table role_grant_aud (
    id bigint not null, rev bigint not null, revtype smallint, revend bigint, user_id bigint,
    role varchar(20), requested_by varchar(64), requested_at timestamp(6) with time zone, state varchar(10),
    decided_by varchar(64), decided_at timestamp(6) with time zone, open_key varchar(40),
    constraint pk_role_grant_aud primary key (rev, id),
    constraint fk_role_grant_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_role_grant_aud_revend foreign key (revend) references audit_revision (id)
);
create index ix_role_grant_aud_id on role_grant_aud (id, rev);
