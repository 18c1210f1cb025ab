-- Follow-up tasks: one row per follow-up the process raised on a case, kept in line with the
-- case's events in the same transaction (the engine's projections). The process owns the
-- topic, the team, the dates and whether the task is open; the office owns who it is
-- assigned to, which staff change and no later event overwrites.

create table follow_up_task (
  case_id uuid not null,
  -- The follow-up's id within its case, e.g. 'refusal-1'.
  follow_up_id text not null,
  municipality text not null,
  topic text not null check (topic in ('refusal', 'partner_silence', 'unpaid', 'bailiff_late',
    'registration_late', 'register_failure', 'citizen_unreachable', 'other')),
  -- civil_affairs for the follow-ups of the municipality, registrar for the registrar's.
  team text not null check (team in ('civil_affairs', 'registrar')),
  -- The member of staff (the provider's subject) it is assigned to; null: the team's.
  assigned_to text,
  assigned_name text,
  assigned_at timestamptz,
  assigned_by text,
  due_at timestamptz not null,
  status text not null check (status in ('open', 'closed')),
  raised_at timestamptz not null,
  closed_at timestamptz,
  -- Who closed it: staff by hand (subject and role) or the system when the case moved on.
  closed_by text,
  closed_by_role text,
  closed_why text check (closed_why in ('case_moved_on', 'by_hand')),
  closed_note text,
  primary key (case_id, follow_up_id),
  check ((status = 'open') = (closed_at is null)),
  check ((assigned_to is null) = (assigned_name is null))
);
create index follow_up_task_team on follow_up_task (municipality, team, due_at)
  where status = 'open';
create index follow_up_task_assigned on follow_up_task (municipality, assigned_to, due_at)
  where status = 'open';

-- The municipality's staff as they signed in (name and roles of the latest sign-in): the
-- colleagues a task can be assigned to. Kept by the sign-in itself, so that a colleague
-- who signed out is still known.
create table staff_member (
  municipality text not null references municipality (code),
  subject text not null,
  name text not null,
  roles jsonb not null,
  last_signed_in_at timestamptz not null,
  primary key (municipality, subject)
);

create function remember_staff_member() returns trigger language plpgsql as $$
begin
  if new.kind = 'staff' then
    insert into staff_member (municipality, subject, name, roles, last_signed_in_at)
    values (new.municipality, new.subject, coalesce(new.display_name, new.subject), new.roles,
      new.created_at)
    on conflict (municipality, subject) do update
      set name = excluded.name, roles = excluded.roles,
          last_signed_in_at = excluded.last_signed_in_at;
  end if;
  return new;
end;
$$;

create trigger session_staff_member after insert on session
  for each row execute function remember_staff_member();

insert into staff_member (municipality, subject, name, roles, last_signed_in_at)
select distinct on (municipality, subject) municipality, subject,
  coalesce(display_name, subject), roles, created_at
from session where kind = 'staff'
order by municipality, subject, created_at desc;
