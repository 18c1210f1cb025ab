-- The office's case list: the partners of each case as staff search and see them, and the
-- indices that keep the list, its filters and its sorts fast with a million cases.
--
-- case_party is a read model filled in the transaction that starts the case, from the
-- register reads the start made (and logged); the list then shows names without reading
-- the register again. The keys hold the name without accents, in lower case, once surname
-- first and once given names first, so that a prefix search finds "peeters", "jan" and
-- "jan peeters" with a btree index on PGlite and on PostgreSQL alike.
create table case_party (
  case_id uuid not null,
  municipality text not null,
  person_id text not null,
  role text not null check (role in ('declarant', 'partner')),
  display_name text,
  surname_key text,
  given_key text,
  primary key (case_id, role)
);
create index case_party_person on case_party (municipality, person_id);
create index case_party_surname on case_party (municipality, surname_key text_pattern_ops)
  where surname_key is not null;
create index case_party_given on case_party (municipality, given_key text_pattern_ops)
  where given_key is not null;

-- Cases started before this table existed: their partners by national number, without names.
insert into case_party (case_id, municipality, person_id, role)
select person_case.case_id, case_list.municipality, person_case.person_id, person_case.role
from person_case join case_list on case_list.case_id = person_case.case_id
where person_case.role in ('declarant', 'partner')
on conflict do nothing;

-- One index per sort of the list (both directions read the same index), the municipality first.
create index case_list_started on case_list (municipality, started_at, case_id);
create index case_list_updated on case_list (municipality, updated_at, case_id);
create index case_list_reference on case_list (municipality, reference);
create index case_list_deadline_first on case_list (municipality, next_deadline_at, case_id);
create index case_list_deadline_last on case_list
  (municipality, next_deadline_at desc nulls last, case_id desc);
-- The filters that select few cases of many.
create index case_list_waiting_on on case_list (municipality, waiting_on, updated_at)
  where waiting_on is not null;
create index case_list_follow_up on case_list (municipality, updated_at)
  where follow_up_open;
create index case_list_filing_mode on case_list (municipality, filing_mode, updated_at);
