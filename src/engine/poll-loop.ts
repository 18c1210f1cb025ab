/**
 * Runs `pass` over and over in the background: at once again when it handled a full batch,
 * otherwise after `pollMs`, or sooner when woken. A failing pass is reported and the loop
 * goes on. The senders of outside messages (e-mail and SMS, payment webhooks) run on it.
 */
export class PollLoop {
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;

  constructor(
    private readonly pass: () => Promise<number>,
    private readonly options: { pollMs: number; batch: number },
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
    this.loop = undefined;
  }

  wake(): void {
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      const handled = await this.pass().catch((error: unknown) => {
        this.onError(error);
        return 0;
      });
      if (handled < this.options.batch && this.running) await this.pause();
    }
  }

  private pause(): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.options.pollMs);
      this.wakeUp = done;
    });
  }
}

/** Runs `pass` until it finds nothing to do (or `limit` rows), for tests and demos. */
export async function drainPasses(pass: () => Promise<number>, limit: number): Promise<number> {
  let total = 0;
  for (let n = await pass(); n > 0 && total < limit; n = await pass()) total += n;
  return total;
}
