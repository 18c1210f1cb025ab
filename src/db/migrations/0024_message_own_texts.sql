-- The municipality's own texts of a citizen's message as they were when the message was made
-- ({"nl": "...", "fr": "", ...}, '' where the service's text applies), so that a text changed
-- later does not change a message already sent. Null for messages made before this column.
alter table message add column own_texts jsonb;
