-- The bailiff's invoice (issue 5): what an invoice needs of its parties, and one invoice per
-- served case, kept with its UBL 2.1 XML (Peppol BIS Billing 3.0) as issued.

-- The bailiff's office as a seller: enterprise number (also its Peppol id, scheme 0208),
-- VAT number, IBAN and address. Check digits are checked by the application.
create table bailiff_billing (
  bailiff_id text primary key references bailiff (id),
  enterprise_number text not null check (enterprise_number ~ '^[01][0-9]{9}$'),
  vat_number text not null check (vat_number ~ '^BE[01][0-9]{9}$'),
  iban text not null check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
  street text not null,
  postal_code text not null,
  city text not null
);

-- The municipality as a buyer: legal name, enterprise number (Peppol id, scheme 0208), address.
create table municipality_billing (
  municipality_code text primary key references municipality (code),
  legal_name text not null,
  enterprise_number text not null check (enterprise_number ~ '^[01][0-9]{9}$'),
  street text not null,
  postal_code text not null,
  city text not null
);

create table invoice (
  id uuid primary key,
  case_id uuid not null unique,
  bailiff_id text not null references bailiff (id),
  municipality text not null references municipality (code),
  number text not null,
  issue_date text not null,
  due_date text not null,
  lines jsonb not null,
  line_extension_cents integer not null check (line_extension_cents >= 0),
  tax_cents integer not null check (tax_cents >= 0),
  payable_cents integer not null check (payable_cents >= 0),
  xml text not null,
  status text not null default 'submitted' check (status in ('submitted', 'approved', 'disputed')),
  submitted_at timestamptz not null,
  decided_by text,
  decided_at timestamptz,
  dispute_reason text,
  unique (bailiff_id, number),
  check ((status = 'disputed') = (dispute_reason is not null)),
  check ((status = 'submitted') = (decided_at is null))
);
create index invoice_municipality on invoice (municipality, submitted_at);
