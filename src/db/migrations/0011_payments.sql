-- Payments through a provider's hosted page. The product's `payment` row (one per payment
-- request of a case) learns which provider payment belongs to it, its checkout address and
-- what became of a refund. The embedded provider (development, demos, tests) keeps its own
-- payments, refunds and outgoing webhooks, as a real provider would on its side.

alter table payment add column provider text;
alter table payment add column provider_payment_id text unique;
alter table payment add column checkout_url text;
alter table payment add column paid_at timestamptz;
alter table payment add column refund_id text;
alter table payment drop constraint payment_status_check;
alter table payment add constraint payment_status_check check (status in
  ('open', 'paid', 'failed', 'expired', 'cancelled', 'refund_pending', 'refunded'));

create table embedded_psp_payment (
  id text primary key,
  -- The secret part of the hosted page's address: only who got the address can pay.
  token text not null,
  amount_cents integer not null check (amount_cents > 0),
  description text not null,
  reference text not null,
  method text check (method in ('bancontact', 'payconiq', 'card')),
  status text not null check (status in ('open', 'paid', 'failed', 'canceled', 'expired')),
  redirect_url text not null,
  webhook_url text not null,
  metadata jsonb not null,
  idempotency_key text not null unique,
  expires_at timestamptz not null,
  paid_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null
);

create table embedded_psp_refund (
  id text primary key,
  payment_id text not null references embedded_psp_payment (id),
  amount_cents integer not null check (amount_cents > 0),
  status text not null check (status in ('refunded')),
  idempotency_key text not null unique,
  created_at timestamptz not null
);
create index embedded_psp_refund_payment on embedded_psp_refund (payment_id);

-- Webhooks the embedded provider owes the product: sent outside any transaction after a
-- committed claim, tried again with growing pauses until the product answers 2xx.
create table embedded_psp_webhook (
  id bigserial primary key,
  payment_id text not null references embedded_psp_payment (id),
  url text not null,
  body text not null,
  status text not null check (status in ('queued', 'sending', 'delivered', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  lease_until timestamptz,
  last_error text,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index embedded_psp_webhook_due on embedded_psp_webhook (status, next_attempt_at);
