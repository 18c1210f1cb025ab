-- How much of a payment was paid back: all of it after a withdrawal, the difference after an
-- approved invoice below the deposit.
alter table payment add column refunded_cents integer check (refunded_cents > 0);
