-- Homeward schema, part 12: a running export job says which server runs it and when it last wrote
-- rows, so that a job left behind by a stopped server is found and failed instead of showing
-- "running" for ever. Written once for H2 and PostgreSQL.

alter table export_job add column node varchar(100);
alter table export_job add column heartbeat_at timestamp(6) with time zone;
create index ix_export_job_state on export_job (state);
