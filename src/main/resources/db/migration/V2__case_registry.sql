-- Homeward schema, part 2: the case registry. One person per case, with the parts that arrive
-- piecemeal (documents, sources, family links, notes, follow-up tasks), and what search needs.

create sequence person_seq start with 1 increment by 50;
create sequence person_part_seq start with 1 increment by 50;

-- Case numbers are per category and year (POW-2026-000123). One counter row per category, locked by
-- the update that takes a number, so numbers stay unique with any number of writers on any number of
-- nodes; the count starts again at 1 when the year changes.
create table case_number_counter (
    category   varchar(10) not null,
    counter_year integer   not null,
    last_value bigint      not null,
    constraint pk_case_number_counter primary key (category)
);
insert into case_number_counter (category, counter_year, last_value) values ('POW', 2000, 0);
insert into case_number_counter (category, counter_year, last_value) values ('CIVILIAN', 2000, 0);
insert into case_number_counter (category, counter_year, last_value) values ('CHILD', 2000, 0);
insert into case_number_counter (category, counter_year, last_value) values ('REMAINS', 2000, 0);

create table person (
    id                       bigint                      not null,
    case_number              varchar(20)                 not null,
    category                 varchar(10)                 not null,
    side                     varchar(4)                  not null,
    status                   varchar(16)                 not null,
    family_name              varchar(200)                not null,
    given_name               varchar(200),
    patronymic               varchar(200),
    latin_family_name        varchar(200),
    latin_given_name         varchar(200),
    latin_patronymic         varchar(200),
    alt_latin_family_name    varchar(200),
    alt_latin_given_name     varchar(200),
    alt_latin_patronymic     varchar(200),
    father_given_name        varchar(200),
    mother_maiden_name       varchar(200),
    sex                      varchar(8)                  not null,
    birth_date               date,
    birth_date_precision     varchar(10),
    estimated_age            integer,
    birth_place              varchar(200),
    citizenship              varchar(60),
    military_rank            varchar(100),
    military_unit            varchar(200),
    service_branch           varchar(100),
    service_number           varchar(60),
    event_kind               varchar(16),
    event_date               date,
    event_place              varchar(200),
    oblast                   varchar(60),
    detaining_authority      varchar(200),
    last_known_location      varchar(300),
    current_location         varchar(300),
    location_confirmed_by    varchar(200),
    location_confirmed_on    date,
    health_condition         varchar(20),
    seriously_wounded        boolean                     not null,
    medical_notes            varchar(4000),
    separation_cause         varchar(300),
    guardian                 varchar(300),
    institution_of_origin    varchar(300),
    personal_status_changes  varchar(1000),
    identity_in_doubt        boolean                     not null,
    identification_status    varchar(16),
    identification_method    varchar(200),
    tag_number               varchar(60),
    burial_place             varchar(300),
    consent_tracing          boolean                     not null,
    consent_sharing          boolean                     not null,
    legal_basis              varchar(500),
    office_id                bigint                      not null,
    assigned_to_id           bigint,
    restricted               boolean                     not null,
    registered_at            timestamp(6) with time zone not null,
    updated_at               timestamp(6) with time zone not null,
    version                  bigint                      not null,
    constraint pk_person primary key (id),
    constraint uq_person_case_number unique (case_number),
    constraint fk_person_office foreign key (office_id) references office (id),
    constraint fk_person_assigned_to foreign key (assigned_to_id) references app_user (id)
);
-- The case list is filtered by these and ordered by registration (newest first) or case number.
create index ix_person_office_registered on person (office_id, registered_at);
create index ix_person_registered on person (registered_at);
create index ix_person_category on person (category, registered_at);
create index ix_person_status on person (status, registered_at);
create index ix_person_assigned_to on person (assigned_to_id);
create index ix_person_oblast on person (oblast);
create index ix_person_updated on person (updated_at);

-- Every way a person may be searched for, as normalised keys: each name and alias in the Ukrainian
-- 2010 and BGN/PCGN Latin forms, the case number, the document numbers. Prefix search on an index.
create table person_search_term (
    person_id bigint       not null,
    term      varchar(200) not null,
    constraint pk_person_search_term primary key (term, person_id),
    constraint fk_person_search_term_person foreign key (person_id) references person (id) on delete cascade
);
create index ix_person_search_term_person on person_search_term (person_id);

create table person_alias (
    person_id bigint       not null,
    alias     varchar(200) not null,
    constraint pk_person_alias primary key (person_id, alias),
    constraint fk_person_alias_person foreign key (person_id) references person (id)
);

create table identity_document (
    id              bigint      not null,
    person_id       bigint      not null,
    document_type   varchar(20) not null,
    document_number varchar(60) not null,
    issuing_country varchar(60),
    version         bigint      not null,
    constraint pk_identity_document primary key (id),
    constraint fk_identity_document_person foreign key (person_id) references person (id)
);
create index ix_identity_document_person on identity_document (person_id);

create table information_source (
    id          bigint       not null,
    person_id   bigint       not null,
    kind        varchar(24)  not null,
    received_on date,
    reliability varchar(12)  not null,
    reference   varchar(500),
    version     bigint       not null,
    constraint pk_information_source primary key (id),
    constraint fk_information_source_person foreign key (person_id) references person (id)
);
create index ix_information_source_person on information_source (person_id);

-- A relation from one person to a relative: another person in the registry, or a contact.
create table family_link (
    id                bigint       not null,
    person_id         bigint       not null,
    relation          varchar(12)  not null,
    related_person_id bigint,
    contact_name      varchar(200),
    contact_details   varchar(500),
    to_be_informed    boolean      not null,
    version           bigint       not null,
    constraint pk_family_link primary key (id),
    constraint fk_family_link_person foreign key (person_id) references person (id),
    constraint fk_family_link_related foreign key (related_person_id) references person (id)
);
create index ix_family_link_person on family_link (person_id);
create index ix_family_link_related on family_link (related_person_id);

create table case_note (
    id         bigint                      not null,
    person_id  bigint                      not null,
    author     varchar(64)                 not null,
    written_at timestamp(6) with time zone not null,
    text       varchar(4000)               not null,
    version    bigint                      not null,
    constraint pk_case_note primary key (id),
    constraint fk_case_note_person foreign key (person_id) references person (id)
);
create index ix_case_note_person on case_note (person_id, written_at);

create table follow_up_task (
    id          bigint                      not null,
    person_id   bigint                      not null,
    description varchar(1000)               not null,
    due_on      date                        not null,
    assignee_id bigint                      not null,
    done        boolean                     not null,
    done_at     timestamp(6) with time zone,
    created_by  varchar(64)                 not null,
    version     bigint                      not null,
    constraint pk_follow_up_task primary key (id),
    constraint fk_follow_up_task_person foreign key (person_id) references person (id),
    constraint fk_follow_up_task_assignee foreign key (assignee_id) references app_user (id)
);
create index ix_follow_up_task_assignee on follow_up_task (assignee_id, done, due_on);
create index ix_follow_up_task_person on follow_up_task (person_id);

-- Audit tables (Envers, validity strategy).
create table person_aud (
    id bigint not null, rev bigint not null, revtype smallint, revend bigint,
    case_number varchar(20), category varchar(10), side varchar(4), status varchar(16),
    family_name varchar(200), given_name varchar(200), patronymic varchar(200),
    latin_family_name varchar(200), latin_given_name varchar(200), latin_patronymic varchar(200),
    alt_latin_family_name varchar(200), alt_latin_given_name varchar(200), alt_latin_patronymic varchar(200),
    father_given_name varchar(200), mother_maiden_name varchar(200), sex varchar(8),
    birth_date date, birth_date_precision varchar(10), estimated_age integer, birth_place varchar(200),
    citizenship varchar(60), military_rank varchar(100), military_unit varchar(200), service_branch varchar(100),
    service_number varchar(60), event_kind varchar(16), event_date date, event_place varchar(200),
    oblast varchar(60), detaining_authority varchar(200), last_known_location varchar(300),
    current_location varchar(300), location_confirmed_by varchar(200), location_confirmed_on date,
    health_condition varchar(20), seriously_wounded boolean, medical_notes varchar(4000),
    separation_cause varchar(300), guardian varchar(300), institution_of_origin varchar(300),
    personal_status_changes varchar(1000), identity_in_doubt boolean, identification_status varchar(16),
    identification_method varchar(200), tag_number varchar(60), burial_place varchar(300),
    consent_tracing boolean, consent_sharing boolean, legal_basis varchar(500), office_id bigint,
    assigned_to_id bigint, restricted boolean, registered_at timestamp(6) with time zone,
    updated_at timestamp(6) with time zone,
    constraint pk_person_aud primary key (rev, id),
    constraint fk_person_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_person_aud_revend foreign key (revend) references audit_revision (id)
);
create index ix_person_aud_id on person_aud (id, rev);

create table person_alias_aud (
    rev bigint not null, revtype smallint, revend bigint, person_id bigint not null, alias varchar(200) not null,
    constraint pk_person_alias_aud primary key (rev, person_id, alias),
    constraint fk_person_alias_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_person_alias_aud_revend foreign key (revend) references audit_revision (id)
);

create table identity_document_aud (
    id bigint not null, rev bigint not null, revtype smallint, revend bigint, person_id bigint,
    document_type varchar(20), document_number varchar(60), issuing_country varchar(60),
    constraint pk_identity_document_aud primary key (rev, id),
    constraint fk_identity_document_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_identity_document_aud_revend foreign key (revend) references audit_revision (id)
);

create table information_source_aud (
    id bigint not null, rev bigint not null, revtype smallint, revend bigint, person_id bigint,
    kind varchar(24), received_on date, reliability varchar(12), reference varchar(500),
    constraint pk_information_source_aud primary key (rev, id),
    constraint fk_information_source_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_information_source_aud_revend foreign key (revend) references audit_revision (id)
);

create table family_link_aud (
    id bigint not null, rev bigint not null, revtype smallint, revend bigint, person_id bigint,
    relation varchar(12), related_person_id bigint, contact_name varchar(200), contact_details varchar(500),
    to_be_informed boolean,
    constraint pk_family_link_aud primary key (rev, id),
    constraint fk_family_link_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_family_link_aud_revend foreign key (revend) references audit_revision (id)
);

create table case_note_aud (
    id bigint not null, rev bigint not null, revtype smallint, revend bigint, person_id bigint,
    author varchar(64), written_at timestamp(6) with time zone, text varchar(4000),
    constraint pk_case_note_aud primary key (rev, id),
    constraint fk_case_note_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_case_note_aud_revend foreign key (revend) references audit_revision (id)
);

create table follow_up_task_aud (
    id bigint not null, rev bigint not null, revtype smallint, revend bigint, person_id bigint,
    description varchar(1000), due_on date, assignee_id bigint, done boolean,
    done_at timestamp(6) with time zone, created_by varchar(64),
    constraint pk_follow_up_task_aud primary key (rev, id),
    constraint fk_follow_up_task_aud_rev foreign key (rev) references audit_revision (id),
    constraint fk_follow_up_task_aud_revend foreign key (revend) references audit_revision (id)
);
