-- Sign-in: the citizen's sessions, the sign-ins on their way, and the secrets the embedded
-- OpenID provider makes at first start (signing keys, cookie keys, client secret).

create table session (
  id_hash text primary key,
  national_number text not null,
  acr text not null,
  auth_time timestamptz not null,
  csrf_token text not null,
  id_token text,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  expires_at timestamptz not null
);
create index session_expires on session (expires_at);

-- A sign-in between the redirect to the provider and its answer: single use, bound to the
-- browser by the hash of a cookie.
create table login_request (
  browser_hash text primary key,
  state text not null,
  nonce text not null,
  code_verifier text not null,
  return_to text not null,
  min_level text not null,
  max_age integer,
  previous_session_hash text,
  expires_at timestamptz not null
);

create table login_secret (
  name text primary key,
  value jsonb not null,
  created_at timestamptz not null default now()
);
