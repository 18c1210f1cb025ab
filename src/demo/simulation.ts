import type { App } from '../app/app.ts';
import type { SimulatedClock } from '../engine/clock.ts';

/**
 * Moves a simulated clock forward to `target`, stopping at every deadline that falls due on
 * the way so that each fires at its own time, and lets the worker do all that is due.
 */
export async function advanceTo(app: App, clock: SimulatedClock, target: Date): Promise<void> {
  await app.worker.drain();
  for (;;) {
    const next = await app.db.selectFrom('deadline').select('due_at')
      .where('status', '=', 'pending').where('due_at', '<=', target)
      .orderBy('due_at').limit(1).executeTakeFirst();
    if (!next) break;
    if (next.due_at > clock.now()) clock.set(next.due_at);
    await app.worker.drain();
  }
  if (target > clock.now()) clock.set(target);
  await app.worker.drain();
}

export function days(n: number): number {
  return n * 24 * 60 * 60 * 1000;
}

export async function advanceBy(app: App, clock: SimulatedClock, ms: number): Promise<void> {
  await advanceTo(app, clock, new Date(clock.now().getTime() + ms));
}
