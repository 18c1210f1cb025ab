-- The certificate each municipality seals its documents with. In development it is a
-- self-signed one made at first start and kept here, so every process and every restart
-- seals with the same one. PKCS#12 (certificate and private key) under a generated
-- passphrase; never in the repository.

create table document_certificate (
  municipality_code text primary key,
  p12 bytea not null,
  passphrase text not null,
  certificate_pem text not null,
  fingerprint_sha256 text not null,
  not_after timestamptz not null,
  created_at timestamptz not null default now()
);
