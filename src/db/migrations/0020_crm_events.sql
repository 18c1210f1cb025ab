-- The CRM link. Every status change of a case goes out as a signed CloudEvent to the
-- municipality's CRM; `crm_delivery` is the queue of what is owed, per case in the order of
-- its changes (sequence: the case version at which the status changed). The sender only sends
-- a case's lowest undelivered change, so the order holds across restarts and several senders.
-- The event is stored as sent: it carries no national numbers, names or addresses.
create table crm_delivery (
  id bigserial primary key,
  event_id text not null unique,
  case_id uuid not null,
  municipality text not null,
  case_reference text not null,
  sequence integer not null check (sequence > 0),
  -- The status the case entered with this change.
  case_status text not null,
  event text not null,
  -- failed: still tried, at the longest pause, after many failed tries (the office sees it).
  status text not null check (status in ('pending', 'delivered', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  -- The last refusal or transport error (an HTTP status or an error name), never a body.
  last_error text,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  delivered_at timestamptz,
  unique (case_id, sequence)
);
create index crm_delivery_due on crm_delivery (next_attempt_at, id) where status <> 'delivered';
create index crm_delivery_case_open on crm_delivery (case_id, sequence) where status <> 'delivered';
create index crm_delivery_municipality on crm_delivery (municipality, case_id, sequence);

-- The embedded CRM receiver (POST /crm/events): every event it accepted, once per event id.
create table crm_received_event (
  id bigserial primary key,
  event_id text not null unique,
  source text not null,
  type text not null,
  subject text,
  municipality text,
  case_status text,
  sequence integer,
  event jsonb not null,
  -- How often the same event came in (a sender tries again when it missed the answer).
  times_received integer not null default 1,
  received_at timestamptz not null
);
create index crm_received_event_municipality on crm_received_event (municipality, received_at);
