-- The dashboard's sessions, kept on the server (issue 11): the session cookie alone no longer signs an officer in;
-- a second cookie names a row here (a SHA-256 of its random value, never the value), so that signing out, disabling
-- an account or changing its roles or password ends its sessions at once instead of when the cookie expires.
create table dashboard_session (
    token_hash    char(64)      primary key,
    username      varchar(100)  not null references officer_account (username) on delete cascade,
    signed_in_at  timestamptz   not null default now(),
    last_seen_at  timestamptz   not null default now()
);
create index dashboard_session_by_account on dashboard_session (username);
create index dashboard_session_idle on dashboard_session (last_seen_at);

-- The audit trail page filters by account: what the account did (actor, indexed by V5) or what was done to it
-- (subject: its failed sign-ins, its changes).
create index audit_event_by_subject on audit_event (subject, id);

-- The authority's teams, listed by an admin: the choices when a case is assigned. While the list is empty any team
-- name is accepted, as before it existed; once it has a team, POST /api/cases/{reference}/assignment accepts only a
-- listed one. Removing a team leaves the cases assigned to it as they are (foi_case.assigned_team is text).
create table team (
    name        varchar(100)  primary key,
    created_at  timestamptz   not null default now()
);
create unique index team_name_folded on team (lower(name));
