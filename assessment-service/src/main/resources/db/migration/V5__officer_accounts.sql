-- Officer accounts: a bcrypt hash of each password (Modular Crypt Format, salt and cost inside), never the
-- password; roles as a comma-separated list of officer, approver, admin (none: may sign in, nothing more).
create table officer_account (
    username       varchar(100)  primary key,
    password_hash  varchar(100)  not null,
    roles          varchar(100)  not null default '',
    enabled        boolean       not null default true,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now()
);

-- Who did what: sign-ins (and failed ones, with the name tried and the client's address), decisions drafted,
-- approved and returned, account changes. Only ever added to; read in id order (keyset paging).
create table audit_event (
    id       bigserial      primary key,
    at       timestamptz    not null default now(),
    actor    varchar(100),
    action   varchar(50)    not null,
    subject  varchar(100),
    detail   varchar(2000),
    address  varchar(100)
);
create index audit_event_by_actor on audit_event (actor, id);
