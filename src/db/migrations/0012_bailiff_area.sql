-- The bailiff's area and API, and professional sign-in (bailiffs and municipal staff).

-- A session remembers who signed in as what: a citizen (national number), a bailiff (the
-- bailiff's office) or staff (municipality and roles). Professionals are known by the
-- provider's subject; their display name is kept for the header only.
alter table session add column kind text not null default 'citizen'
  check (kind in ('citizen', 'bailiff', 'staff'));
alter table session alter column national_number drop not null;
alter table session add column subject text;
alter table session add column display_name text;
alter table session add column bailiff_id text references bailiff (id);
alter table session add column municipality text references municipality (code);
alter table session add column roles jsonb not null default '[]';
alter table session add constraint session_kind_fields check (
  (kind = 'citizen' and national_number is not null)
  or (kind = 'bailiff' and bailiff_id is not null and subject is not null
      and national_number is null)
  or (kind = 'staff' and municipality is not null and subject is not null
      and national_number is null and jsonb_array_length(roles) > 0)
);

-- Which sign-in was started: a citizen's (national number) or a professional's (roles).
alter table login_request add column audience text not null default 'citizen'
  check (audience in ('citizen', 'professional'));

-- The OAuth2 clients of bailiffs' offices' own software (client credentials): the API maps
-- the token's client to the office.
create table bailiff_api_client (
  client_id text primary key,
  bailiff_id text not null references bailiff (id),
  created_at timestamptz not null default now()
);

-- The deed of service as the bailiff uploaded it: a PDF, checked by content, with its hash.
-- Written in the transaction of the ServiceRecorded event (its version).
create table bailiff_deed (
  id uuid primary key,
  case_id uuid not null,
  bailiff_id text not null references bailiff (id),
  deed_reference text not null,
  pdf bytea not null,
  sha256 text not null,
  size_bytes integer not null,
  event_version integer not null,
  uploaded_at timestamptz not null,
  unique (case_id, event_version)
);

-- The bailiff's worklist reads the cases whose current bailiff is the office.
create index case_snapshot_bailiff on case_snapshot ((state -> 'bailiff' ->> 'id'));
