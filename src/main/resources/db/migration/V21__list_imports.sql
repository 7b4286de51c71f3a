-- Imported lists (issue 14): each upload with its preview kept row by row, so that any node shows the
-- preview and the progress of a commit, and a commit that stopped can be taken up again.
create sequence list_import_seq start with 1 increment by 50;
create sequence list_import_row_seq start with 1 increment by 50;

create table list_import (
    id              bigint        not null,
    username        varchar(64)   not null,
    office          varchar(20)   not null,
    source          varchar(500)  not null,
    source_kind     varchar(24)   not null,
    received_on     date,
    file_name       varchar(200),
    charset         varchar(20),
    delimiter       varchar(2),
    header          varchar(4000),
    mapping         varchar(2000),
    category        varchar(12),
    side            varchar(8),
    file_problem    varchar(1000),
    state           varchar(12)   not null,
    commit_mode     varchar(16),
    round_id        bigint,
    rows_total      bigint        not null,
    rows_new        bigint        not null,
    rows_duplicate  bigint        not null,
    rows_error      bigint        not null,
    rows_committed  bigint        not null,
    failure         varchar(500),
    rows_expected   bigint        not null,
    node            varchar(100),
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         bigint        not null,
    constraint pk_list_import primary key (id)
);
-- a user's own imports, newest first
create index ix_list_import_user on list_import (username, created_at);

-- cells, problems and reasons as JSON arrays: read and written whole with their row, never searched.
create table list_import_row (
    id              bigint        not null,
    import_id       bigint        not null,
    line_no         bigint        not null,
    state           varchar(10)   not null,
    cells           varchar(8000) not null,
    problems        varchar(4000),
    match_person_id bigint,
    match_score     integer,
    match_reasons   varchar(4000),
    person_id       bigint,
    constraint pk_list_import_row primary key (id),
    constraint fk_list_import_row_import foreign key (import_id) references list_import (id) on delete cascade
);
-- the preview's pages, all rows or one state's (errors, duplicates), in the file's order; and the commit's batches
create index ix_list_import_row_state on list_import_row (import_id, state, line_no);
create index ix_list_import_row_line on list_import_row (import_id, line_no);
-- the rows a commit has still to write, found without passing those written by its earlier batches
create index ix_list_import_row_unwritten on list_import_row (import_id, person_id, line_no);

-- the column mapping last saved for a source ("ICRC notifications"), to reuse with its next list
create table import_mapping (
    source     varchar(200)  not null,
    mapping    varchar(2000) not null,
    saved_by   varchar(64)   not null,
    saved_at   timestamp(6) with time zone not null,
    version    bigint        not null,
    constraint pk_import_mapping primary key (source)
);
