-- The simulated National Register (the embedded adapter) and the log of register reads.
-- The register tables hold fictitious people only; register_read is written by every
-- adapter, the production one included (rule 6: every read is logged with who, when, why).

create table register_household (
  id text primary key,
  municipality text not null check (municipality ~ '^[0-9]{5}$'),
  street text not null,
  house_number text not null,
  box text not null default '',
  postal_code text not null,
  city text not null,
  reference_person text,
  unique (municipality, postal_code, street, house_number, box)
);

create table register_person (
  national_number text primary key check (national_number ~ '^[0-9]{11}$'),
  first_names text not null,
  surname text not null,
  birth_date date not null,
  birth_place text not null,
  sex text not null check (sex in ('male', 'female')),
  marital_status text not null
    check (marital_status in ('unmarried', 'married', 'widowed', 'divorced', 'separated')),
  household_id text references register_household (id),
  deceased_on date,
  created_at timestamptz not null default now()
);
create index register_person_household on register_person (household_id);

alter table register_household add foreign key (reference_person)
  references register_person (national_number);

create table register_cohabitation (
  id text primary key,
  municipality text not null check (municipality ~ '^[0-9]{5}$'),
  started_on date not null,
  status text not null check (status in ('active', 'ended')),
  ended_on date,
  end_reason text check (end_reason in ('declaration', 'marriage', 'death')),
  created_at timestamptz not null default now(),
  check ((status = 'active' and ended_on is null and end_reason is null)
    or (status = 'ended' and ended_on is not null and end_reason is not null)),
  check (ended_on is null or ended_on >= started_on)
);

create table register_cohabitation_partner (
  cohabitation_id text not null references register_cohabitation (id),
  national_number text not null references register_person (national_number),
  position smallint not null check (position in (1, 2)),
  active boolean not null,
  primary key (cohabitation_id, national_number),
  unique (cohabitation_id, position)
);
-- A person has at most one active legal cohabitation.
create unique index register_cohabitation_partner_one_active
  on register_cohabitation_partner (national_number) where active;

create table register_event (
  id uuid primary key default gen_random_uuid(),
  type text not null check (type in ('marriage', 'death', 'move')),
  national_number text not null references register_person (national_number),
  occurred_on date not null,
  cohabitation_id text references register_cohabitation (id),
  recorded_at timestamptz not null default now()
);
create index register_event_person on register_event (national_number, recorded_at);

create table register_termination (
  idempotency_key text primary key,
  cohabitation_id text not null unique references register_cohabitation (id),
  case_id text not null,
  effective_date date not null,
  register_reference text not null unique,
  recorded_at timestamptz not null default now()
);
create sequence register_reference_number;

create table register_read (
  id bigserial primary key,
  operation text not null,
  actor_role text not null,
  actor_id text not null,
  case_id text,
  purpose text not null check (purpose <> ''),
  national_number text not null,
  subjects text[] not null default '{}',
  found boolean not null,
  read_at timestamptz not null default now()
);
create index register_read_person on register_read (national_number, read_at);
create index register_read_subjects on register_read using gin (subjects);
create index register_read_case on register_read (case_id, read_at) where case_id is not null;

create table register_simulation (
  singleton boolean primary key default true check (singleton),
  available boolean not null,
  updated_at timestamptz not null
);
insert into register_simulation (singleton, available, updated_at) values (true, true, now());
