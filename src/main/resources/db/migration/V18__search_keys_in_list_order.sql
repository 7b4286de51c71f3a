-- A name search reads its page straight off the search keys (issue 13): each key carries a copy of what
-- the case list orders by (registration time, id) and what the record scope looks at (office, restricted,
-- assignee), so the 50 newest matches of a word come off ix_person_search_term_newest in order, and a
-- capped count is answered from that index alone, without reading one person row. The copies are kept by
-- Person.reindex(), which every change of names, office, assignee or restricted flag goes through.
-- Rebuilt as a new table rather than updated in place: on a registry of a million people (12 million keys)
-- an UPDATE writes every row twice and every index entry again; one INSERT ... SELECT and indexes built
-- over the loaded rows is several times faster on both databases (time on 1M: docs/benchmarks.md).
create table person_search_key (
    person_id      bigint                   not null,
    term           varchar(200)             not null,
    registered_at  timestamp(6) with time zone not null,
    office_id      bigint                   not null,
    restricted     boolean                  not null,
    assigned_to_id bigint
);
insert into person_search_key (person_id, term, registered_at, office_id, restricted, assigned_to_id)
select t.person_id, t.term, p.registered_at, p.office_id, p.restricted, p.assigned_to_id
from person_search_term t join person p on p.id = t.person_id;
drop table person_search_term;
alter table person_search_key rename to person_search_term;
alter table person_search_term add constraint pk_person_search_term primary key (term, person_id);
alter table person_search_term add constraint fk_person_search_term_person foreign key (person_id)
    references person (id) on delete cascade;
create index ix_person_search_term_person on person_search_term (person_id);
-- One word's matches, newest first, with the scope columns after the order so that a scoped page or count
-- filters index entries only.
create index ix_person_search_term_newest on person_search_term
    (term, registered_at desc, person_id desc, office_id, restricted, assigned_to_id);
