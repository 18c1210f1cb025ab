-- What the case-tracking port published: each status change of a case, in the shape a
-- regional citizen portal reads (the embedded adapter keeps them here).
create table case_tracking_publication (
  id bigserial primary key,
  case_id uuid not null,
  version integer not null,
  record jsonb not null,
  idempotency_key text not null unique,
  published_at timestamptz not null
);
create index case_tracking_publication_case on case_tracking_publication (case_id, version);
