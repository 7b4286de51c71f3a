-- Homeward schema, part 9: partner organisations, their data-sharing agreements, which users speak for
-- them, and export jobs. Written once for H2 and PostgreSQL.

create sequence partner_organisation_seq start with 1 increment by 50;
create sequence partner_agreement_seq start with 1 increment by 50;
create sequence export_job_seq start with 1 increment by 50;

create table partner_organisation (
    id      bigint       not null,
    name    varchar(200) not null,
    country varchar(60),
    contact varchar(300),
    version bigint       not null,
    constraint pk_partner_organisation primary key (id),
    constraint uq_partner_organisation_name unique (name)
);

-- profiles, categories and offices as comma-separated codes: short closed lists, read and written whole
-- with the agreement, and audited with it in one row. offices null: every office.
create table partner_agreement (
    id              bigint       not null,
    organisation_id bigint       not null,
    reference       varchar(100) not null,
    valid_from      date         not null,
    valid_to        date         not null,
    profiles        varchar(100) not null,
    categories      varchar(100) not null,
    offices         varchar(500),
    person_level    boolean      not null,
    version         bigint       not null,
    constraint pk_partner_agreement primary key (id),
    constraint uq_partner_agreement_reference unique (reference),
    constraint fk_partner_agreement_organisation foreign key (organisation_id) references partner_organisation (id)
);
create index ix_partner_agreement_organisation on partner_agreement (organisation_id);

-- A PARTNER user speaks for one organisation.
create table partner_member (
    user_id         bigint not null,
    organisation_id bigint not null,
    version         bigint not null,
    constraint pk_partner_member primary key (user_id),
    constraint fk_partner_member_user foreign key (user_id) references app_user (id),
    constraint fk_partner_member_organisation foreign key (organisation_id) references partner_organisation (id)
);
create index ix_partner_member_organisation on partner_member (organisation_id);

create table partner_organisation_aud (
    id bigint not null, rev bigint not null, revtype smallint, revend bigint,
    name varchar(200), country varchar(60), contact varchar(300),
    constraint pk_partner_organisation_aud primary key (rev, id),
    constraint fk_partner_organisation_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_partner_organisation_aud_revend foreign key (revend) references audit_revision (id)
);

create table partner_agreement_aud (
    id bigint not null, rev bigint not null, revtype smallint, revend bigint,
    organisation_id bigint, reference varchar(100), valid_from date, valid_to date, profiles varchar(100),
    categories varchar(100), offices varchar(500), person_level boolean,
    constraint pk_partner_agreement_aud primary key (rev, id),
    constraint fk_partner_agreement_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_partner_agreement_aud_revend foreign key (revend) references audit_revision (id)
);

create table partner_member_aud (
    user_id bigint not null, rev bigint not null, revtype smallint, revend bigint, organisation_id bigint,
    constraint pk_partner_member_aud primary key (rev, user_id),
    constraint fk_partner_member_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_partner_member_aud_revend foreign key (revend) references audit_revision (id)
);

-- An export and its state, in the database so that any node can report its progress. The file lives
-- in the export directory until expires_at; the ZIP password is never stored.
create table export_job (
    id               bigint                      not null,
    username         varchar(64)                 not null,
    organisation_id  bigint,
    agreement_id     bigint,
    profile          varchar(20)                 not null,
    filters          varchar(500),
    purpose          varchar(500)                not null,
    state            varchar(12)                 not null,
    rows_expected    bigint                      not null,
    rows_written     bigint                      not null,
    zipped           boolean                     not null,
    file_name        varchar(200),
    failure          varchar(200),
    cancel_requested boolean                     not null,
    created_at       timestamp(6) with time zone not null,
    finished_at      timestamp(6) with time zone,
    expires_at       timestamp(6) with time zone not null,
    version          bigint                      not null,
    constraint pk_export_job primary key (id),
    constraint fk_export_job_organisation foreign key (organisation_id) references partner_organisation (id),
    constraint fk_export_job_agreement foreign key (agreement_id) references partner_agreement (id)
);
create index ix_export_job_user on export_job (username, created_at);
create index ix_export_job_expiry on export_job (expires_at);
