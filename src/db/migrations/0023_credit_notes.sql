-- Credit notes (issue 5): when the bailiff corrects a disputed invoice, a UBL 2.1 credit note
-- (Peppol BIS Billing 3.0) cancels it; the invoice is then 'credited' and a new invoice can be
-- submitted for the same case. One invoice per case that is not credited.

alter table invoice drop constraint invoice_case_id_key;
create unique index invoice_current_per_case on invoice (case_id) where status <> 'credited';

alter table invoice drop constraint invoice_status_check;
alter table invoice add constraint invoice_status_check
  check (status in ('submitted', 'approved', 'disputed', 'credited'));

-- A credited invoice keeps the reason it was disputed for.
alter table invoice drop constraint invoice_check;
alter table invoice add constraint invoice_dispute_reason_check
  check ((status in ('disputed', 'credited')) = (dispute_reason is not null));

create table credit_note (
  id uuid primary key,
  -- The invoice it cancels, in full: one credit note per invoice.
  invoice_id uuid not null unique references invoice (id),
  case_id uuid not null,
  bailiff_id text not null references bailiff (id),
  municipality text not null references municipality (code),
  number text not null,
  issue_date text not null,
  payable_cents integer not null check (payable_cents >= 0),
  xml text not null,
  issued_at timestamptz not null,
  unique (bailiff_id, number)
);
create index credit_note_municipality on credit_note (municipality, issued_at);
