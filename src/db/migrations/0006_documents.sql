-- The signed documents of a case: each signature makes a new, sealed PDF. `content` is what
-- the declaration says apart from its signature block, so a second signer signs exactly the
-- same content; `signers` holds each signature's level, time, salt and hash. The salts are
-- never printed: with the national number they let the case's holder check a signer hash.

create table document (
  id uuid primary key,
  case_id uuid not null,
  kind text not null check (kind in ('joint_declaration', 'unilateral_declaration')),
  language text not null check (language in ('nl', 'fr', 'de', 'en')),
  pdf bytea not null,
  content jsonb not null,
  content_hash text not null,
  signers jsonb not null,
  created_at timestamptz not null
);

create index document_case on document (case_id, created_at);
