-- Where and when a municipality's counter receives citizens: the booking address, the phone
-- number and the opening hours in the four screen languages, shown on a case that waits for a
-- counter visit (null: the municipality did not give them yet).
alter table municipality add column counter_booking_url text;
alter table municipality add column counter_phone text;
alter table municipality add column counter_hours jsonb;

-- Rate limits with fixed windows, shared by every process on the database: one row per key
-- (an action and the hash of a client address or of a person) and window.
create table rate_limit (
  key text not null,
  window_start timestamptz not null,
  hits integer not null,
  primary key (key, window_start)
);
create index rate_limit_window on rate_limit (window_start);
