-- The case list shows the newest cases first, a page at a time, in registries of a million people.
-- Descending indexes let both databases read the first page straight off the index instead of sorting
-- every row; the office and category variants serve the common filters and the caseworker's scope.
create index ix_person_newest on person (registered_at desc, id desc);
create index ix_person_office_newest on person (office_id, registered_at desc, id desc);
create index ix_person_category_newest on person (category, registered_at desc, id desc);
create index ix_person_office_restricted on person (office_id, restricted);
drop index ix_person_registered;
drop index ix_person_office_registered;
drop index ix_person_category;
