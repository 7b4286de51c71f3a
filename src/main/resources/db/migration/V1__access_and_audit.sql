-- Homeward schema, part 1: offices, users and roles, and the audit foundations every later table uses.
-- Written once for H2 and PostgreSQL: only types and statements both understand the same way.

create sequence audit_revision_seq start with 1 increment by 1;
create sequence office_seq start with 1 increment by 50;
create sequence app_user_seq start with 1 increment by 50;
create sequence access_log_seq start with 1 increment by 50;

-- One row per Envers revision: who changed what, when, from where, and why.
create table audit_revision (
    id             bigint                      not null,
    revision_time  timestamp(6) with time zone not null,
    username       varchar(64),
    client_address varchar(64),
    reason         varchar(500),
    constraint pk_audit_revision primary key (id)
);
create index ix_audit_revision_time on audit_revision (revision_time);
create index ix_audit_revision_user on audit_revision (username);

create table office (
    id          bigint       not null,
    code        varchar(20)  not null,
    name        varchar(200) not null,
    head_office boolean      not null,
    version     bigint       not null,
    constraint pk_office primary key (id),
    constraint uq_office_code unique (code)
);

create table office_aud (
    id          bigint   not null,
    rev         bigint   not null,
    revtype     smallint,
    revend      bigint,
    code        varchar(20),
    name        varchar(200),
    head_office boolean,
    constraint pk_office_aud primary key (rev, id),
    constraint fk_office_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_office_aud_revend foreign key (revend) references audit_revision (id)
);

create table app_user (
    id                   bigint                      not null,
    username             varchar(64)                 not null,
    display_name         varchar(200)                not null,
    office_id            bigint                      not null,
    active               boolean                     not null,
    password_hash        varchar(100)                not null,
    must_change_password boolean                     not null,
    password_changed_at  timestamp(6) with time zone,
    last_login_at        timestamp(6) with time zone,
    failed_logins        integer                     not null,
    locked_until         timestamp(6) with time zone,
    version              bigint                      not null,
    constraint pk_app_user primary key (id),
    constraint uq_app_user_username unique (username),
    constraint fk_app_user_office foreign key (office_id) references office (id)
);
create index ix_app_user_office on app_user (office_id);

create table app_user_aud (
    id                   bigint   not null,
    rev                  bigint   not null,
    revtype              smallint,
    revend               bigint,
    username             varchar(64),
    display_name         varchar(200),
    office_id            bigint,
    active               boolean,
    must_change_password boolean,
    password_changed_at  timestamp(6) with time zone,
    constraint pk_app_user_aud primary key (rev, id),
    constraint fk_app_user_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_app_user_aud_revend foreign key (revend) references audit_revision (id)
);

create table app_user_role (
    user_id bigint      not null,
    role    varchar(20) not null,
    constraint pk_app_user_role primary key (user_id, role),
    constraint fk_app_user_role_user foreign key (user_id) references app_user (id)
);

create table app_user_role_aud (
    rev     bigint      not null,
    revtype smallint,
    revend  bigint,
    user_id bigint      not null,
    role    varchar(20) not null,
    constraint pk_app_user_role_aud primary key (rev, user_id, role),
    constraint fk_app_user_role_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_app_user_role_aud_revend foreign key (revend) references audit_revision (id)
);

-- What people did that changes nothing but must be on file: sign-ins, sign-outs, denials, and (with
-- the case registry) every opening of a record. Identifiers only, never personal data values.
create table access_log_entry (
    id             bigint                      not null,
    occurred_at    timestamp(6) with time zone not null,
    username       varchar(64),
    action         varchar(40)                 not null,
    client_address varchar(64),
    subject_type   varchar(40),
    subject_id     varchar(64),
    detail         varchar(500),
    constraint pk_access_log_entry primary key (id)
);
create index ix_access_log_time on access_log_entry (occurred_at);
create index ix_access_log_user on access_log_entry (username, occurred_at);
create index ix_access_log_subject on access_log_entry (subject_type, subject_id);
