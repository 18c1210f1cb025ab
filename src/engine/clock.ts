/** The one source of time. Deadlines, events and the worker all ask it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that moves only when told: for the demo, the benchmark and tests. */
export class SimulatedClock implements Clock {
  private current: number;

  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    const next = new Date(instant).getTime();
    if (next < this.current) throw new Error('A simulated clock does not go back.');
    this.current = next;
  }

  advance(ms: number): void {
    this.set(new Date(this.current + ms));
  }
}
