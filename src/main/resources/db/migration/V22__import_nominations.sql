-- Nominating an imported list's people to a round (issue 14): the people a list names who are already
-- registered, and may be listed, are put on the round at the end of the commit. Each row keeps what came
-- of that, and the import how many were nominated and how many could not be, so that the page and the API
-- show it after the fact and a commit taken up again nominates nobody twice.
alter table list_import add column rows_nominated bigint default 0 not null;
alter table list_import add column rows_not_nominated bigint default 0 not null;
-- More than one registered case likely the row's person: not to be nominated until the duplicates are decided.
alter table list_import_row add column match_ambiguous boolean default false not null;
-- What came of nominating the row's person: a message key and its arguments (JSON), null when not asked.
alter table list_import_row add column nomination varchar(500);
