-- Homeward schema, part 17: ending a user's other sessions, Argon2id hashes, and throttling sign-in
-- failures per client address. Written once for H2 and PostgreSQL.

-- Raised when a user's password, roles or active state change. A web session remembers the value it
-- signed in with and ends when it differs: every node reads it from here, so it holds across nodes.
alter table app_user add column session_epoch bigint default 0 not null;

-- Argon2id hashes are about 97 characters, with room for stronger parameters later.
alter table app_user alter column password_hash set data type varchar(200);

-- Failed sign-ins per client address, in a row: after a few, the address waits a growing time
-- before it may try again. Kept in the database so that every node answers alike.
create table sign_in_throttle (
    client_address  varchar(64)                 not null,
    failures        integer                     not null,
    last_failure_at timestamp(6) with time zone not null,
    blocked_until   timestamp(6) with time zone,
    constraint pk_sign_in_throttle primary key (client_address)
);
