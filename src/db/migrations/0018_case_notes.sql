-- The office's case page: internal notes of staff on a case (never shown to citizens), and
-- the acts of staff on a case's machinery (an incident tried again, a failed message sent
-- again), each with who did it and when.

create table case_note (
  id bigserial primary key,
  case_id uuid not null,
  author_subject text not null,
  author_name text not null,
  text text not null check (length(text) between 1 and 2000),
  created_at timestamptz not null
);
create index case_note_case on case_note (case_id, created_at);

create table case_staff_action (
  id bigserial primary key,
  case_id uuid not null,
  kind text not null check (kind in ('incident_retry', 'delivery_resend')),
  -- The outbox row or the delivery the act was on.
  target_id bigint not null,
  staff_subject text not null,
  staff_name text not null,
  acted_at timestamptz not null
);
create index case_staff_action_case on case_staff_action (case_id, acted_at);
