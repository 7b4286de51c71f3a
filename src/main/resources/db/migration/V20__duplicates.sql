-- Homeward schema, part 20: the queue of possible duplicates and the whole-registry scan that fills it.
-- Written once for H2 and PostgreSQL.

create sequence duplicate_pair_seq start with 1 increment by 50;
create sequence duplicate_scan_seq start with 1 increment by 50;

-- One row per pair of records that may be one person, the lower id first, so a pair is queued once
-- whoever finds it (registration or scan) and a dismissed pair is never queued again.
-- explanation: the matcher's reasons as message codes with their arguments (unit and record separators),
-- so that they read in the reader's language.
create table duplicate_pair (
    id           bigint                      not null,
    lower_id     bigint                      not null,
    higher_id    bigint                      not null,
    score        integer                     not null,
    explanation  varchar(4000),
    state        varchar(10)                 not null,
    found_at     timestamp(6) with time zone not null,
    found_by     varchar(100)                not null,
    decided_at   timestamp(6) with time zone,
    decided_by   varchar(100),
    version      bigint                      not null,
    constraint pk_duplicate_pair primary key (id),
    constraint uq_duplicate_pair unique (lower_id, higher_id),
    constraint fk_duplicate_pair_lower foreign key (lower_id) references person (id),
    constraint fk_duplicate_pair_higher foreign key (higher_id) references person (id)
);
-- The queue is read by state, best score first; a person's pairs by either id.
create index ix_duplicate_pair_state on duplicate_pair (state, score, id);
create index ix_duplicate_pair_higher on duplicate_pair (higher_id);

-- A scan of the whole registry. running_marker is 1 while the scan is queued or running and null after:
-- its unique constraint lets one scan run at a time whichever server starts it. last_person_id is the
-- keyset cursor, so progress is visible and a scan reads the registry in id order, page by page.
create table duplicate_scan (
    id               bigint                      not null,
    state            varchar(10)                 not null,
    started_by       varchar(100)                not null,
    created_at       timestamp(6) with time zone not null,
    finished_at      timestamp(6) with time zone,
    heartbeat_at     timestamp(6) with time zone,
    node             varchar(100),
    total            bigint                      not null,
    done             bigint                      not null,
    queued           bigint                      not null,
    last_person_id   bigint                      not null,
    cancel_requested boolean                     not null,
    running_marker   integer,
    version          bigint                      not null,
    constraint pk_duplicate_scan primary key (id),
    constraint uq_duplicate_scan_running unique (running_marker)
);
