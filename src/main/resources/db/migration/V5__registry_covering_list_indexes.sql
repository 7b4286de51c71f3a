-- The case list at a million people (docs/benchmarks.md). Every list index now starts with the columns a
-- query fixes by equality (none; category; office; office and restricted; assignee), goes on with the
-- registration time and id, newest first, and then carries every other filter column. A page is read off
-- one index in order, and filters and counts are answered from the index entries without reading the
-- (wide) person rows; on H2 reading those rows one by one was what made a filtered count take seconds.
-- ix_person_filters is the same narrow copy keyed by id, for a name search that joins its search keys
-- to people. See org.homeward.person.RegistryQuery for how the queries use them.
drop index ix_person_newest;
drop index ix_person_category_newest;
drop index ix_person_office_newest;
drop index ix_person_office_restricted;
-- ix_person_assigned_to stays: H2 holds the foreign key to the assignee by it (since V4 rebuilt the table)
-- and refuses to drop it.
create index ix_person_newest on person
    (registered_at desc, id desc, category, side, status, oblast, office_id, restricted, assigned_to_id);
create index ix_person_category_newest on person
    (category, registered_at desc, id desc, side, status, oblast, office_id, restricted, assigned_to_id);
create index ix_person_office_newest on person
    (office_id, registered_at desc, id desc, category, side, status, oblast, restricted, assigned_to_id);
-- A caseworker's own office, restricted records apart.
create index ix_person_office_open_newest on person
    (office_id, restricted, registered_at desc, id desc, category, side, status, oblast, assigned_to_id);
-- The cases assigned to someone (also what the foreign key needs).
create index ix_person_assigned_newest on person
    (assigned_to_id, registered_at desc, id desc, category, side, status, oblast, office_id, restricted);
create index ix_person_filters on person
    (id, registered_at, category, side, status, oblast, office_id, restricted, assigned_to_id);
