import type { FastifyRequest } from 'fastify';
import type { App } from '../../app/app.ts';
import type { StaffRole } from '../../adapters/login/demo-professionals.ts';
import type { StaffSession } from '../auth/index.ts';
import type { MessageKey } from '../i18n/index.ts';
import { pageContext, type PageContext } from '../page-context.ts';

/** The signed-in member of staff: routes of the office run behind `requireStaff`. */
export function staffOf(request: FastifyRequest): StaffSession {
  const session = request.staffSession;
  if (session === null) throw new Error('an office route without requireStaff');
  return session;
}

export function hasRole(session: StaffSession, ...roles: StaffRole[]): boolean {
  return session.roles.some((role) => roles.includes(role));
}

/** The office's sections, each for the roles that use it (its pages refuse the others). */
export const officeSections: { href: string; label: MessageKey; roles: StaffRole[] }[] = [
  { href: '/office', label: 'office.nav.cases',
    roles: ['counter', 'civil_affairs', 'registrar', 'administrator'] },
  { href: '/office/tasks', label: 'office.nav.tasks',
    roles: ['counter', 'civil_affairs', 'registrar', 'administrator'] },
  { href: '/office/counter', label: 'office.nav.counter', roles: ['counter'] },
  { href: '/office/invoices', label: 'office.nav.invoices', roles: ['civil_affairs', 'administrator'] },
  { href: '/office/dashboard', label: 'office.nav.dashboard',
    roles: ['civil_affairs', 'registrar', 'administrator'] },
  { href: '/office/crm', label: 'office.nav.crm', roles: ['civil_affairs', 'administrator'] },
  { href: '/office/settings', label: 'office.nav.settings', roles: ['administrator'] },
];

/** The page context of the office: its navigation for the member's roles, and sign-out. */
export function officeContext(request: FastifyRequest): PageContext {
  const ctx = pageContext(request);
  const session = staffOf(request);
  const nav = officeSections.filter((section) => hasRole(session, ...section.roles))
    .map((section) => ({ href: section.href, label: ctx.t(section.label) }));
  return { ...ctx, account: { unread: null, csrf: session.csrfToken, nav } };
}

/** Who acts, as the process knows staff: the role that allows the act, and the subject. */
export function staffActor(session: StaffSession, role: StaffRole) {
  return { role, id: session.subject };
}

/**
 * The case's row of the case list, when the case belongs to the member's municipality;
 * undefined otherwise, so that another municipality's case answers exactly like an unknown
 * one (404).
 */
export async function caseOfMunicipality(app: App, session: StaffSession, caseId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(caseId)) return undefined;
  return app.db.selectFrom('case_list').selectAll()
    .where('case_id', '=', caseId).where('municipality', '=', session.municipality)
    .executeTakeFirst();
}
