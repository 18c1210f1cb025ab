import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { App } from '../../src/app/app.ts';
import { demoPeople } from '../../src/adapters/register-simulator/demo-people.ts';
import { startCase } from '../../src/app/start-case.ts';
import type { StatusChangedEvent } from '../../src/adapters/case-tracking/cloudevents.ts';
import { verifyWebhook } from '../../src/adapters/case-tracking/standard-webhooks.ts';
import type { CaseCommand } from '../../src/process/index.ts';

export function person(label: string): string {
  const found = demoPeople.find((p) => p.label.startsWith(label));
  assert.ok(found, label);
  return found.nationalNumber;
}

/** The demo couples: two in Gent, one in Namur. */
export const couples = {
  gentA: { declarant: 'Gent: lives with his partner Sofie', partner: 'Gent: lives with her partner Pieter' },
  gentB: { declarant: 'Gent: lives with his partner Els', partner: 'Gent: lives with her partner Jan' },
  namur: { declarant: 'Namur: lives with his partner Marie', partner: 'Namur: lives with her partner Jean' },
} as const;

/**
 * A joint case signed by both partners and carried by the worker to its end: four status
 * changes (draft, awaiting_partner, registering, completed).
 */
export async function completedJointCase(app: App, couple: keyof typeof couples) {
  const declarant = person(couples[couple].declarant);
  const partner = person(couples[couple].partner);
  const started = await startCase(app.db, app.engine, app.registerFor,
    { declarant, path: 'joint', channel: 'online', actor: { role: 'declarant', id: declarant } });
  assert.equal(started.outcome, 'started');
  const caseId = started.caseId;
  const act = async (command: Record<string, unknown>) => {
    await app.engine.execute({ caseId, channel: 'online', ...command } as unknown as CaseCommand);
    await app.worker.drain();
  };
  await app.worker.drain();
  await act({ actor: { role: 'declarant', id: declarant }, type: 'SignDeclaration' });
  await act({ actor: { role: 'partner', id: partner }, type: 'SignAsPartner' });
  assert.equal((await app.engine.load(caseId))?.state.status, 'completed');
  return caseId;
}

/** How the test CRM answers one call. */
export type Answer = 200 | 500 | 503 | 'hang' | 'drop';

export interface CallSeen {
  eventId: string;
  caseId: string;
  sequence: number;
  contentType: string | undefined;
  signatureValid: boolean;
  answer: Answer | 401;
}

/**
 * A CRM on 127.0.0.1 (a free port) that checks each call's signature with `secret` and
 * answers as told: by `answerFor` when it says, else the first calls by `plan`, then 200. It keeps every call, and the events
 * it accepted (answered 200) in the order it accepted them.
 */
export async function testCrm(
  secret: string, plan: Answer[] = [], now = () => new Date(),
  answerFor: (event: StatusChangedEvent) => Answer | undefined = () => undefined,
) {
  const calls: CallSeen[] = [];
  const accepted: StatusChangedEvent[] = [];
  const hanging: ServerResponse[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const event = JSON.parse(body) as StatusChangedEvent;
      const check = verifyWebhook(req.headers as Record<string, string>, body, now(), secret);
      const planned = answerFor(event) ?? plan.shift() ?? 200;
      const answer = check.ok ? planned : 401;
      calls.push({ eventId: event.id, caseId: event.data.caseId, sequence: Number(event.sequence),
        contentType: req.headers['content-type'], signatureValid: check.ok, answer });
      if (answer === 'hang') {
        hanging.push(res);
        return;
      }
      if (answer === 'drop') {
        req.socket.destroy();
        return;
      }
      if (answer === 200) accepted.push(event);
      res.writeHead(answer, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/events`,
    calls,
    accepted,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The CRM deliveries of the case in their order. */
export function deliveriesOf(app: App, caseId: string) {
  return app.db.selectFrom('crm_delivery').selectAll().where('case_id', '=', caseId)
    .orderBy('sequence').execute();
}
