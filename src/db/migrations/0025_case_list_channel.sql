-- The channel a case was started through (online, or at the counter with staff), for the
-- office's list filter. Until now the list filtered on the municipality's filing mode, which
-- says where a case must be filed, not where this one was. Taken for existing cases from
-- their first event.
alter table case_list add column channel text;
update case_list l set channel = e.event->>'channel'
  from case_event e where e.case_id = l.case_id and e.version = 1;
drop index case_list_filing_mode;
create index case_list_channel on case_list (municipality, channel, updated_at);
