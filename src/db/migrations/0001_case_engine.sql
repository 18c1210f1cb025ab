-- The case engine: events, snapshots, read models, outbox and deadlines.

create table municipality (
  code text primary key,
  name jsonb not null,
  judicial_district text not null,
  settings jsonb not null,
  created_at timestamptz not null default now()
);

create table case_event (
  case_id uuid not null,
  version integer not null check (version > 0),
  type text not null,
  event jsonb not null,
  occurred_at timestamptz not null,
  recorded_at timestamptz not null default now(),
  previous_hash text not null,
  hash text not null,
  primary key (case_id, version)
);

create function case_event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'case_event is append-only' using errcode = 'P0001';
end;
$$;

create trigger case_event_no_change before update or delete on case_event
  for each row execute function case_event_append_only();

create table case_snapshot (
  case_id uuid primary key,
  version integer not null,
  state jsonb not null,
  last_hash text not null
);

create table case_list (
  case_id uuid primary key,
  reference text not null unique,
  municipality text not null references municipality (code),
  status text not null,
  path text,
  filing_mode text not null,
  waiting_on text,
  next_deadline_at timestamptz,
  follow_up_open boolean not null default false,
  started_at timestamptz not null,
  updated_at timestamptz not null,
  version integer not null
);
create index case_list_municipality_status on case_list (municipality, status, updated_at desc);
create index case_list_next_deadline on case_list (municipality, next_deadline_at)
  where next_deadline_at is not null;

create table person_case (
  person_id text not null,
  case_id uuid not null,
  role text not null,
  status text not null,
  updated_at timestamptz not null,
  primary key (person_id, case_id)
);
create index person_case_case on person_case (case_id);

create table open_case (
  cohabitation_id text primary key,
  case_id uuid not null unique
);

create table outbox (
  id bigserial primary key,
  case_id uuid,
  kind text not null,
  payload jsonb not null,
  idempotency_key text not null unique,
  status text not null default 'pending' check (status in ('pending', 'done', 'incident')),
  attempts integer not null default 0,
  run_at timestamptz not null,
  last_error text,
  created_at timestamptz not null default now(),
  done_at timestamptz
);
create index outbox_due on outbox (run_at, id) where status = 'pending';
create index outbox_case on outbox (case_id);

create table deadline (
  case_id uuid not null,
  name text not null,
  due_at timestamptz not null,
  command jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'incident')),
  attempts integer not null default 0,
  last_error text,
  primary key (case_id, name)
);
create index deadline_due on deadline (due_at) where status = 'pending';

create table command_key (
  key text primary key,
  case_id uuid not null,
  version integer not null
);

-- Case references shown to people: WS-<year>-<number>.
create sequence case_reference_seq;
