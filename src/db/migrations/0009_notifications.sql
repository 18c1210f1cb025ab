-- Notifications: each citizen's chosen channels, the one-time codes that confirm an e-mail
-- address or a mobile number, the delivery of each message on each channel, and what the
-- embedded SMTP server and SMS sink received.

-- The language a municipality writes in when a citizen has not chosen one.
alter table municipality add column language text not null default 'nl'
  check (language in ('nl', 'fr', 'de', 'en'));
-- Where the municipality's civil-affairs service and each bailiff get their notices.
alter table municipality add column notice_email text;
alter table bailiff add column email text;

create table contact_preference (
  person_id text primary key,
  language text check (language in ('nl', 'fr', 'de', 'en')),
  email text,
  email_confirmed_at timestamptz,
  email_wanted boolean not null default false,
  phone text,
  phone_confirmed_at timestamptz,
  sms_wanted boolean not null default false,
  updated_at timestamptz not null
);

create table contact_confirmation (
  person_id text not null,
  channel text not null check (channel in ('email', 'sms')),
  address text not null,
  code_hash text not null,
  expires_at timestamptz not null,
  wrong_tries integer not null default 0,
  sent_at timestamptz not null,
  primary key (person_id, channel)
);

-- Each code sent, so that sending codes can be limited per person and hour.
create table contact_code_sent (
  id bigserial primary key,
  person_id text not null,
  channel text not null,
  sent_at timestamptz not null
);
create index contact_code_sent_person on contact_code_sent (person_id, sent_at);

create table delivery (
  id bigserial primary key,
  message_id bigint not null references message (id),
  channel text not null check (channel in ('email', 'sms')),
  address text not null,
  language text not null check (language in ('nl', 'fr', 'de', 'en')),
  status text not null check (status in ('queued', 'sending', 'sent', 'delivered', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  lease_until timestamptz,
  provider_id text,
  last_error text,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  unique (message_id, channel)
);
create index delivery_due on delivery (next_attempt_at, id) where status = 'queued';
create index delivery_leased on delivery (lease_until) where status = 'sending';
create index delivery_provider on delivery (channel, provider_id);

create table captured_mail (
  id bigserial primary key,
  message_id text not null unique,
  envelope_from text not null,
  envelope_to text[] not null,
  raw text not null,
  received_at timestamptz not null,
  -- How many times a mail with this Message-ID arrived (more than once: sent again).
  copies integer not null default 1
);

create table captured_sms (
  id bigserial primary key,
  reference text not null unique,
  to_number text not null,
  text text not null,
  received_at timestamptz not null
);
