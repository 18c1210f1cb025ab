-- The administrator's settings page. The municipality row counts its settings' changes, so
-- that an administrator who saves over a change made in the meantime is told instead of
-- overwriting it; each change is kept with who made it and when.
alter table municipality add column settings_version integer not null default 1;

create table municipality_settings_change (
  id bigserial primary key,
  municipality text not null references municipality (code),
  -- Which part of the settings: the process's settings, the counter's contact, the bailiffs,
  -- the texts of the messages.
  section text not null check (section in ('process', 'counter', 'bailiffs', 'texts')),
  -- What changed: the fields with their old and new values (no personal data of citizens).
  changes jsonb not null,
  staff_subject text not null,
  staff_name text not null,
  changed_at timestamptz not null
);
create index municipality_settings_change_at
  on municipality_settings_change (municipality, changed_at desc);

-- The municipality's own body text of a citizen's portal message, per template and language,
-- in place of the service's text (the deadline and the service norms still follow it).
create table municipality_message_text (
  municipality text not null references municipality (code),
  template text not null,
  language text not null check (language in ('nl', 'fr', 'de', 'en')),
  body text not null check (length(body) between 1 and 2000),
  primary key (municipality, template, language)
);
