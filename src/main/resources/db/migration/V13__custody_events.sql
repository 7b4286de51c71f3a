-- Custody events (GC III art. 122, GC IV art. 136): what happened to a person in custody, dated, on the
-- bureau's own record (side HELD) or as the other side or the ICRC reported it (side OWN).
create table custody_event (
    id            bigint                      not null,
    person_id     bigint                      not null,
    kind          varchar(20)                 not null,
    -- A date known only to the month or the year is stored as its first day, with its precision beside it.
    event_day     date                        not null,
    day_precision varchar(20)                 not null,
    place         varchar(300),
    source_id     bigint,
    note          varchar(1000),
    recorded_by   varchar(64)                 not null,
    recorded_at   timestamp(6) with time zone not null,
    version       bigint                      not null,
    constraint pk_custody_event primary key (id),
    constraint fk_custody_event_person foreign key (person_id) references person (id),
    constraint fk_custody_event_source foreign key (source_id) references information_source (id)
);
-- The timeline of one case, newest first, and its latest event (which the whereabouts follow).
create index ix_custody_event_person on custody_event (person_id, event_day);
create index ix_custody_event_source on custody_event (source_id);

create table custody_event_aud (
    id bigint not null, rev bigint not null, revtype smallint, revend bigint, person_id bigint,
    kind varchar(20), event_day date, day_precision varchar(20), place varchar(300), source_id bigint,
    note varchar(1000), recorded_by varchar(64), recorded_at timestamp(6) with time zone,
    constraint pk_custody_event_aud primary key (rev, id),
    constraint fk_custody_event_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_custody_event_aud_revend foreign key (revend) references audit_revision (id)
);
