-- Register writes and their history: when an outbox row first failed (staff are told when a
-- row keeps failing for a set time), and the details of a termination by declaration.

alter table outbox add column first_failed_at timestamptz;

-- The register's record of a termination by declaration: who registered it and, for a
-- unilateral declaration, when and where the bailiff served it.
alter table register_termination add column registering_municipality text
  check (registering_municipality ~ '^[0-9]{5}$');
alter table register_termination add column service_date date;
alter table register_termination add column service_place text;
