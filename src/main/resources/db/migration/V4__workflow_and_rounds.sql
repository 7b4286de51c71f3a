-- Homeward schema, part 4: the repatriation workflow (status history) and exchange rounds with their lists.
-- Written once for H2 and PostgreSQL.

create sequence round_seq start with 1 increment by 1;
create sequence nomination_seq start with 1 increment by 50;

-- A confirmed death stays on the record while the remains are brought home.
alter table person add column deceased boolean default false not null;
alter table person_aud add column deceased boolean;

create table exchange_round (
    id                    bigint                      not null,
    version               bigint                      not null,
    name                  varchar(200)                not null,
    round_type            varchar(20)                 not null,
    venue                 varchar(200),
    mediators             varchar(300),
    talks_date            date,
    planned_exchange_date date,
    actual_exchange_date  date,
    terms                 varchar(2000),
    status                varchar(12)                 not null,
    created_by            varchar(64)                 not null,
    created_at            timestamp(6) with time zone not null,
    constraint pk_exchange_round primary key (id)
);
create index ix_exchange_round_status on exchange_round (status);

create table round_quota (
    round_id bigint      not null,
    category varchar(10) not null,
    side     varchar(4)  not null,
    quota    integer     not null,
    constraint pk_round_quota primary key (round_id, category, side),
    constraint fk_round_quota_round foreign key (round_id) references exchange_round (id)
);

-- held_person_id is the person's id while the nomination holds them (listed, round open) and null
-- otherwise: its unique index keeps a person on at most one open round, whoever nominates at once.
create table nomination (
    id             bigint                      not null,
    version        bigint                      not null,
    round_id       bigint                      not null,
    person_id      bigint                      not null,
    outcome        varchar(12)                 not null,
    reason         varchar(1000),
    status_before  varchar(16)                 not null,
    nominated_by   varchar(64)                 not null,
    nominated_at   timestamp(6) with time zone not null,
    decided_by     varchar(64),
    decided_at     timestamp(6) with time zone,
    held_person_id bigint,
    constraint pk_nomination primary key (id),
    constraint fk_nomination_round foreign key (round_id) references exchange_round (id),
    constraint fk_nomination_person foreign key (person_id) references person (id),
    constraint uq_nomination_round_person unique (round_id, person_id),
    constraint uq_nomination_held_person unique (held_person_id)
);
create index ix_nomination_person on nomination (person_id);

create table status_change (
    id             bigint                      not null,
    version        bigint                      not null,
    person_id      bigint                      not null,
    from_status    varchar(16)                 not null,
    to_status      varchar(16)                 not null,
    changed_by     varchar(64)                 not null,
    changed_at     timestamp(6) with time zone not null,
    reason         varchar(1000),
    closing_reason varchar(24),
    source_id      bigint,
    round_id       bigint,
    constraint pk_status_change primary key (id),
    constraint fk_status_change_person foreign key (person_id) references person (id),
    constraint fk_status_change_source foreign key (source_id) references information_source (id),
    constraint fk_status_change_round foreign key (round_id) references exchange_round (id)
);
create index ix_status_change_person on status_change (person_id, changed_at);

create table exchange_round_aud (
    id bigint not null, rev bigint not null, revtype smallint, revend bigint,
    name varchar(200), round_type varchar(20), venue varchar(200), mediators varchar(300), talks_date date,
    planned_exchange_date date, actual_exchange_date date, terms varchar(2000), status varchar(12),
    created_by varchar(64), created_at timestamp(6) with time zone,
    constraint pk_exchange_round_aud primary key (rev, id),
    constraint fk_exchange_round_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_exchange_round_aud_revend foreign key (revend) references audit_revision (id)
);
create index ix_exchange_round_aud_id on exchange_round_aud (id, rev);

-- Envers numbers the members of an audited set of embeddables (setordinal); a removed and an added
-- quota of one revision may share a number, so the rows are indexed rather than keyed.
create table round_quota_aud (
    rev bigint not null, revtype smallint, revend bigint, round_id bigint not null, setordinal integer not null,
    category varchar(10), side varchar(4), quota integer,
    constraint fk_round_quota_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_round_quota_aud_revend foreign key (revend) references audit_revision (id)
);
create index ix_round_quota_aud_round on round_quota_aud (round_id, rev);

create table nomination_aud (
    id bigint not null, rev bigint not null, revtype smallint, revend bigint,
    round_id bigint, person_id bigint, outcome varchar(12), reason varchar(1000), status_before varchar(16),
    nominated_by varchar(64), nominated_at timestamp(6) with time zone, decided_by varchar(64),
    decided_at timestamp(6) with time zone, held_person_id bigint,
    constraint pk_nomination_aud primary key (rev, id),
    constraint fk_nomination_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_nomination_aud_revend foreign key (revend) references audit_revision (id)
);
create index ix_nomination_aud_id on nomination_aud (id, rev);
create index ix_nomination_aud_person on nomination_aud (person_id);

create table status_change_aud (
    id bigint not null, rev bigint not null, revtype smallint, revend bigint, person_id bigint,
    from_status varchar(16), to_status varchar(16), changed_by varchar(64), changed_at timestamp(6) with time zone,
    reason varchar(1000), closing_reason varchar(24), source_id bigint, round_id bigint,
    constraint pk_status_change_aud primary key (rev, id),
    constraint fk_status_change_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_status_change_aud_revend foreign key (revend) references audit_revision (id)
);
create index ix_status_change_aud_id on status_change_aud (id, rev);
