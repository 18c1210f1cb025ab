-- The portal message box: when the citizen opened each message (null: not read yet).
alter table message add column read_at timestamptz;
create index message_person_unread on message (person_id) where read_at is null;
