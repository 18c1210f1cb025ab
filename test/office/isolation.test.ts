// Every route of the office, tried by staff of another municipality with that municipality's
// case: each answers 403 or 404 and writes nothing; lists never show the other case. The
// routes come from the server itself, so a route added later is tried as well.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RouteOptions } from 'fastify';
import type { StaffRole } from '../../src/adapters/login/demo-professionals.ts';
import { staffRoles } from '../../src/adapters/login/demo-professionals.ts';
import { buildServer } from '../../src/web/server.ts';
import type { Browser } from '../login/browser.ts';
import { hidden } from '../citizen/support.ts';
import { caseAwaitingService } from '../bailiff/support.ts';
import { settle } from '../notifications/support.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import type { Server } from '../web/support.ts';
import { signedInStaff } from './support.ts';
import { officeSections } from '../../src/web/office/context.ts';

const JAN = '85073092113';

interface OfficeRoute {
  method: 'GET' | 'POST';
  url: string;
}

let app: TestApp;
let server: Server;
let gentCase: string;
let gentReference: string;
const routes: OfficeRoute[] = [];

before(async () => {
  app = await createTestApp();
  const collect = (route: RouteOptions) => {
    const methods = [route.method].flat();
    for (const method of methods) {
      if ((method === 'GET' || method === 'POST') && route.url.startsWith('/office')) {
        routes.push({ method: method as OfficeRoute['method'], url: route.url });
      }
    }
  };
  server = await buildServer({ ...app, config: { ...app.config, env: 'test' } },
    { onRoute: collect });
  ({ caseId: gentCase } = await caseAwaitingService(app, JAN));
  await app.engine.execute({ type: 'RaiseFollowUp', caseId: gentCase, topic: 'other',
    reason: 'Te bekijken', actor: { role: 'civil_affairs', id: 'staff-gent' }, channel: 'online' });
  await settle(app);
  const row = await app.db.selectFrom('case_list').select('reference')
    .where('case_id', '=', gentCase).executeTakeFirstOrThrow();
  gentReference = row.reference;
});
after(async () => {
  await server.close();
  await app.close();
});

/** The Gent object each route parameter names: the case, or something of the case. */
async function gentValue(param: string, url = ''): Promise<string> {
  if (param === 'followUpId') {
    const state = (await app.engine.load(gentCase))?.state;
    const followUp = state?.followUps[0];
    assert.ok(followUp, 'the Gent case has a follow-up');
    return followUp.id;
  }
  if (url.includes('/settings/bailiffs/')) return 'bailiff-ovl-1';
  if (url.includes('/documents/')) {
    const row = await app.db.selectFrom('document').select('id')
      .where('case_id', '=', gentCase).executeTakeFirstOrThrow();
    return String(row.id);
  }
  if (url.includes('/incidents/')) {
    const row = await app.db.selectFrom('outbox').select('id')
      .where('case_id', '=', gentCase).executeTakeFirstOrThrow();
    return String(row.id);
  }
  if (url.includes('/deliveries/')) {
    const row = await app.db.selectFrom('delivery').innerJoin('message', 'message.id',
      'delivery.message_id').select('delivery.id').where('message.case_id', '=', gentCase)
      .executeTakeFirst();
    return String(row?.id ?? 1);
  }
  return gentCase;
}

async function concrete(url: string): Promise<string> {
  let result = url;
  for (const [whole, name] of url.matchAll(/:(\w+)/g)) {
    result = result.replace(whole, await gentValue(name ?? '', url));
  }
  return result;
}

async function caseVersion(): Promise<number> {
  return (await app.engine.load(gentCase))?.version ?? 0;
}

test('the office has routes to try, and Gent staff see their own case', async () => {
  assert.ok(routes.length >= 10, `office routes found: ${routes.length}`);
  const gent = await signedInStaff(server, 'gent', 'civil_affairs',
    `/office/cases/${gentCase}`);
  const page = await gent.get(`/office/cases/${gentCase}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, new RegExp(gentReference));
});

for (const role of staffRoles) {
  test(`Namur ${role}: every office route refuses Gent's case and shows nothing of it`,
    async () => {
      const namur: Browser = await signedInStaff(server, 'namur', role satisfies StaffRole);
      const home = await namur.get('/office');
      const csrf = hidden(home, '_csrf');
      const before = await caseVersion();
      for (const route of routes) {
        const url = await concrete(route.url);
        const named = route.url.includes(':');
        const response = route.method === 'GET' ? await namur.get(url)
          : await namur.post(url, { _csrf: csrf, version: String(before), reason: 'Waarom',
            text: 'Notitie', to: 'completed', available: 'no', caseId: gentCase,
            followUpId: await gentValue('followUpId') });
        const where = `${route.method} ${route.url} as Namur ${role}`;
        assert.ok(!response.body.includes(gentReference), `${where} shows the Gent case`);
        if (named) {
          assert.ok([403, 404, 415].includes(response.statusCode),
            `${where}: ${response.statusCode}`);
        } else if (route.method === 'POST') {
          // A post that names no case acts for the member's own municipality (a new case,
          // a search, settings): whatever it answers, Gent's case stays as it was (below).
          assert.ok(response.statusCode < 500, `${where}: ${response.statusCode}`);
        } else {
          assert.ok([200, 403].includes(response.statusCode), `${where}: ${response.statusCode}`);
        }
      }
      await settle(app);
      assert.equal(await caseVersion(), before, 'nothing was written to the Gent case');
      const bailiff = await app.db.selectFrom('bailiff').select('available')
        .where('id', '=', 'bailiff-ovl-1').executeTakeFirstOrThrow();
      assert.equal(bailiff.available, true, 'the Gent district bailiff is as it was');
    });
}

/** The section a page belongs to: the longest section address it starts with. */
function sectionOf(url: string) {
  const matching = officeSections.filter((s) => url === s.href || url.startsWith(`${s.href}/`)
    || url.startsWith(`${s.href}.`));
  return matching.sort((a, b) => b.href.length - a.href.length)[0];
}

for (const role of staffRoles) {
  test(`Gent ${role}: the office's pages open exactly for the roles of their section`,
    async () => {
      const gent = await signedInStaff(server, 'gent', role);
      const pages = routes.filter((r) => r.method === 'GET' && !r.url.includes(':'));
      assert.ok(pages.length >= 8, `pages found: ${pages.length}`);
      for (const page of pages) {
        const section = sectionOf(page.url);
        assert.ok(section, `${page.url} belongs to a section`);
        const allowed = section.roles.includes(role);
        const response = await gent.get(page.url);
        assert.equal(response.statusCode, allowed ? 200 : 403, `${page.url} as ${role}`);
      }
    });
}

/** What a section's rows look like before and after a refused post: nothing may change. */
async function officeWrites() {
  const count = async (table: 'case_note' | 'counter_act' | 'counter_identity_check'
    | 'municipality_settings_change' | 'municipality_message_text' | 'credit_note') => Number((await app.db.selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return {
    version: await caseVersion(),
    notes: await count('case_note'),
    counterActs: await count('counter_act'),
    identityChecks: await count('counter_identity_check'),
    settingsChanges: await count('municipality_settings_change'),
    texts: await count('municipality_message_text'),
    creditNotes: await count('credit_note'),
  };
}

for (const role of staffRoles) {
  test(`Gent ${role}: the actions of a section it has no role in are refused and change nothing`,
    async () => {
      const gent = await signedInStaff(server, 'gent', role);
      const csrf = hidden(await gent.get('/office'), '_csrf');
      const before = await officeWrites();
      const foreign = routes.filter((r) => r.method === 'POST'
        && !sectionOf(r.url.replace(/\/:.*$/, ''))?.roles.includes(role)
        && sectionOf(r.url.replace(/\/:.*$/, ''))?.href !== '/office');
      assert.ok(foreign.length >= 3, `actions outside ${role}'s sections: ${foreign.length}`);
      for (const route of foreign) {
        const url = await concrete(route.url);
        const response = await gent.post(url, { _csrf: csrf, version: String(before.version),
          reason: 'Waarom', text: 'Notitie', available: 'no', caseId: gentCase,
          nationalNumber: JAN, document: 'eid', amount: '5000' });
        assert.equal(response.statusCode, 403, `POST ${route.url} as Gent ${role}`);
      }
      await settle(app);
      assert.deepEqual(await officeWrites(), before);
      const bailiff = await app.db.selectFrom('bailiff').select('available')
        .where('id', '=', 'bailiff-ovl-1').executeTakeFirstOrThrow();
      assert.equal(bailiff.available, true, 'the district bailiff is as it was');
    });
}
