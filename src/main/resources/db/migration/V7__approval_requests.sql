-- Homeward schema, part 7: a caseworker's move that needs a supervisor waits as an approval request
-- until a supervisor approves or declines it, or the case moves on without it (product rule
-- "Repatriation status": caseworkers propose, supervisors approve). Written once for H2 and PostgreSQL.

-- A move made on approval names both people: who asked (requested_by) and who approved (changed_by).
alter table status_change add column requested_by varchar(64);
alter table status_change_aud add column requested_by varchar(64);

-- open_person_id is the person's id while the request is pending and null once it is decided or stale:
-- its unique index keeps at most one open request per case, whoever asks at the same moment, on any node.
create table approval_request (
    id              bigint                      not null,
    version         bigint                      not null,
    person_id       bigint                      not null,
    from_status     varchar(16)                 not null,
    to_status       varchar(16)                 not null,
    reason          varchar(1000),
    closing_reason  varchar(24),
    source_id       bigint,
    requested_by    varchar(64)                 not null,
    requested_at    timestamp(6) with time zone not null,
    state           varchar(10)                 not null,
    decided_by      varchar(64),
    decided_at      timestamp(6) with time zone,
    decision_reason varchar(1000),
    moved_to        varchar(16),
    open_person_id  bigint,
    constraint pk_approval_request primary key (id),
    constraint fk_approval_request_person foreign key (person_id) references person (id),
    constraint fk_approval_request_source foreign key (source_id) references information_source (id),
    constraint uq_approval_request_open unique (open_person_id)
);
-- The case page shows the case's request; the inbox lists the pending ones oldest first; My work lists
-- a caseworker's own requests newest first.
create index ix_approval_request_person on approval_request (person_id, requested_at);
create index ix_approval_request_state on approval_request (state, requested_at);
create index ix_approval_request_requester on approval_request (requested_by, requested_at);

create table approval_request_aud (
    id bigint not null, rev bigint not null, revtype smallint, revend bigint, person_id bigint,
    from_status varchar(16), to_status varchar(16), reason varchar(1000), closing_reason varchar(24),
    source_id bigint, requested_by varchar(64), requested_at timestamp(6) with time zone, state varchar(10),
    decided_by varchar(64), decided_at timestamp(6) with time zone, decision_reason varchar(1000),
    moved_to varchar(16), open_person_id bigint,
    constraint pk_approval_request_aud primary key (rev, id),
    constraint fk_approval_request_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_approval_request_aud_revend foreign key (revend) references audit_revision (id)
);
create index ix_approval_request_aud_id on approval_request_aud (id, rev);
