-- The disclosure log's search reads a narrow copy of what it needs: one row per public entry (published and not
-- taken down) with the date, the filters and the weighted vector, about a quarter of disclosure_entry's row (which
-- also carries the questions as jsonb, their text and the letter's HTML). A search takes the newest 1,001 matches
-- (walking disclosure_search_responded, or through the GIN index when the words are rare), ranks those and reads
-- disclosure_entry only for the 20 rows of the page (docs/perf/disclosure-search-plan.txt).
-- Kept by the triggers below in the same transaction as every write to disclosure_entry, whoever makes it.
create table disclosure_search (
    entry_id     uuid          primary key references disclosure_entry (id) on delete cascade,
    reference    varchar(32)   not null,
    responded_on date          not null,
    regime       varchar(8)    not null,
    case_outcome varchar(64),
    exemptions   text[]        not null,
    search       tsvector      not null
);

create function disclosure_search_sync() returns trigger language plpgsql as $$
begin
    delete from disclosure_search s using changed c
     where s.entry_id = c.id and not (c.published_at is not null and c.unpublished_at is null);
    insert into disclosure_search (entry_id, reference, responded_on, regime, case_outcome, exemptions, search)
    select c.id, c.reference, c.responded_on, c.regime, c.case_outcome, c.exemptions, c.search
      from changed c where c.published_at is not null and c.unpublished_at is null
     order by c.responded_on, c.reference
        on conflict (entry_id) do update set reference = excluded.reference, responded_on = excluded.responded_on,
           regime = excluded.regime, case_outcome = excluded.case_outcome, exemptions = excluded.exemptions,
           search = excluded.search;
    return null;
end
$$;

-- One statement's rows at once (a transition table may serve one event only, hence two triggers).
create trigger disclosure_search_insert after insert on disclosure_entry
    referencing new table as changed for each statement execute function disclosure_search_sync();
create trigger disclosure_search_update after update on disclosure_entry
    referencing new table as changed for each statement execute function disclosure_search_sync();

insert into disclosure_search (entry_id, reference, responded_on, regime, case_outcome, exemptions, search)
select id, reference, responded_on, regime, case_outcome, exemptions, search from disclosure_entry
 where published_at is not null and unpublished_at is null
 order by responded_on, reference;

create index disclosure_search_search on disclosure_search using gin (search);
-- The newest matches first: walked with the words (and exemptions) as a filter when the words are common.
create index disclosure_search_responded on disclosure_search (responded_on desc, reference desc);
create index disclosure_search_regime on disclosure_search (regime, responded_on desc, reference desc);
create index disclosure_search_outcome on disclosure_search (case_outcome, responded_on desc, reference desc);
