-- Homeward schema, part 8: what the supervisors' dashboard and reports count, so that every figure is an
-- aggregate read off an index at a million people (org.homeward.report.ReportQueries; docs/benchmarks.md).
-- Written once for H2 and PostgreSQL.

-- When the case first reached each milestone of the flow report ("located / repatriated / reunited per
-- month") and of the time from report to repatriation. Derived from status_change, which stays the
-- record; kept on the person, in the same transaction as the move, so that a month's count is a range
-- of one index instead of a join of millions of history rows. Not audited: the history is.
alter table person add column located_at timestamp(6) with time zone;
alter table person add column repatriated_at timestamp(6) with time zone;
alter table person add column reunited_at timestamp(6) with time zone;

merge into person p
using (select person_id,
              min(case when to_status = 'LOCATED' then changed_at end) as located_at,
              min(case when to_status = 'REPATRIATED' then changed_at end) as repatriated_at,
              min(case when to_status = 'REUNITED' then changed_at end) as reunited_at
       from status_change
       where to_status in ('LOCATED', 'REPATRIATED', 'REUNITED')
       group by person_id) s
on p.id = s.person_id
when matched then update set located_at = s.located_at, repatriated_at = s.repatriated_at, reunited_at = s.reunited_at;

-- The people-by-status figures (status x category x side, children, restricted, remains, open cases per
-- caseworker, cases without change for N days): one pass over this index, never over the wide person
-- rows. Its leading office_id serves an office supervisor's scope; head office reads it whole.
create index ix_person_report on person
    (office_id, category, side, status, restricted, deceased, identification_status, registered_at, assigned_to_id,
     updated_at);

-- The flow per month and the time to repatriation: each milestone's months are one range of its index,
-- which also carries the columns the filters and the record scope test.
create index ix_person_located on person
    (located_at, office_id, category, side, restricted, assigned_to_id, registered_at);
create index ix_person_repatriated on person
    (repatriated_at, office_id, category, side, restricted, assigned_to_id, registered_at);
create index ix_person_reunited on person
    (reunited_at, office_id, category, side, restricted, assigned_to_id, registered_at);

-- Nothing reads the plain index on updated_at any more (the stale cases come from ix_person_report).
drop index ix_person_updated;

-- Overdue and open follow-up tasks per assignee: V2's (assignee_id, done, due_on) serves them.
-- Rejection reasons of a round, grouped: the round's nominations by outcome.
create index ix_nomination_round_outcome on nomination (round_id, outcome, person_id);
