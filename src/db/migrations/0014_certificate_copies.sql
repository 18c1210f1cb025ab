-- Each partner's own copy of each certificate: a sealed PDF in their language with a
-- verification code, and what the certificate states, for the public verification page.
create table certificate_copy (
  id uuid primary key,
  certificate_id text not null references certificate (id),
  case_id uuid not null,
  person_id text not null,
  kind text not null check (kind in ('receipt', 'declaration', 'termination', 'household')),
  language text not null check (language in ('nl', 'fr', 'de', 'en')),
  verification_code text not null unique,
  sha256 text not null unique,
  pdf bytea not null,
  statement jsonb not null,
  issued_at timestamptz not null,
  -- Set when a later copy of the same kind replaces it: no longer current.
  superseded_at timestamptz,
  unique (certificate_id, person_id)
);
create index certificate_copy_person on certificate_copy (person_id, case_id);

-- Where a citizen reports a move to the municipality (shown when partners still share an
-- address after the termination: the household changes only with a move).
alter table municipality add column address_change_url text;
