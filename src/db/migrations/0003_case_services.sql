-- What the case's effects produce on the embedded adapters: portal messages, payment
-- requests, bailiffs and their engagements, certificates.

create table message (
  id bigserial primary key,
  case_id uuid not null,
  recipient text not null check (recipient in ('declarant', 'partner', 'municipality', 'bailiff')),
  person_id text,
  municipality text,
  bailiff_id text,
  template text not null,
  idempotency_key text not null unique,
  created_at timestamptz not null
);
create index message_person on message (person_id, created_at desc);
create index message_case on message (case_id, created_at);

create table bailiff (
  id text primary key,
  name text not null,
  judicial_district text not null,
  available boolean not null default true,
  last_engaged_at timestamptz
);
create index bailiff_district on bailiff (judicial_district, available);

create table payment (
  id text primary key,
  case_id uuid not null,
  purpose text not null,
  amount_cents integer not null check (amount_cents > 0),
  status text not null check (status in ('open', 'paid', 'failed', 'expired', 'cancelled', 'refunded')),
  reference text not null unique,
  expires_at timestamptz not null,
  idempotency_key text not null unique,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index payment_case on payment (case_id);

create table certificate (
  id text primary key,
  case_id uuid not null,
  kind text not null,
  verification_code text not null unique,
  issued_at timestamptz not null,
  idempotency_key text not null unique
);
create index certificate_case on certificate (case_id);
