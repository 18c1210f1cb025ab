-- The counter: the identity checks of citizens at the desk, the counter's acts on cases (each
-- attributed to the member of staff and to the citizen), the hand-over links to sign on the
-- citizen's own phone, and the scans of paper declarations handed over at the counter.

-- What the counter checked on the eID: the card's number and that the photo was compared with
-- the person at the desk. Nothing else is kept of the card (no photo, no chip data).
create table counter_identity_check (
  id uuid primary key,
  municipality text not null,
  staff_subject text not null,
  staff_name text not null,
  person_national_number text not null,
  card_number text not null,
  photo_compared boolean not null check (photo_compared),
  -- The case the check was for; null until a case is started with it.
  case_id uuid,
  checked_at timestamptz not null
);
create index counter_identity_check_case on counter_identity_check (case_id);

create table counter_act (
  id bigserial primary key,
  case_id uuid not null,
  municipality text not null,
  staff_subject text not null,
  staff_name text not null,
  person_national_number text not null,
  act text not null check (act in ('identity_checked', 'case_started', 'handover_issued',
    'counter_visit_recorded', 'payment_recorded')),
  identity_check_id uuid not null references counter_identity_check (id),
  -- What else the act recorded (the payment's method and receipt, the scan's hash); no
  -- personal data.
  detail text,
  at timestamptz not null
);
create index counter_act_case on counter_act (case_id, at);

-- A one-time hand-over link: only the SHA-256 of its token is kept.
create table handover_token (
  id uuid primary key,
  token_hash text not null unique,
  case_id uuid not null,
  municipality text not null,
  -- Only this person may use the link (the person whose identity the counter checked).
  person_national_number text not null,
  step text not null check (step in ('declaration', 'answer', 'choice')),
  identity_check_id uuid not null references counter_identity_check (id),
  staff_subject text not null,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);
create index handover_token_case on handover_token (case_id);

-- The scan of a paper declaration handed over at the counter: a checked PDF with its hash,
-- written in the transaction of the CounterVisitRecorded event (its version).
create table counter_declaration_scan (
  id uuid primary key,
  case_id uuid not null,
  municipality text not null,
  pdf bytea not null,
  sha256 text not null,
  size_bytes integer not null,
  event_version integer not null,
  staff_subject text not null,
  uploaded_at timestamptz not null,
  unique (case_id, event_version)
);
