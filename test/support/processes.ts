import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmptyServerDatabase } from './database.ts';

/** Where the app's child processes keep their data: a server database or a PGlite folder. */
export interface SharedDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

export async function sharedDatabase(): Promise<SharedDatabase> {
  const server = process.env.DATABASE_URL;
  if (server) {
    const created = await createEmptyServerDatabase(server);
    return { env: { DATABASE_URL: created.url }, drop: created.drop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'cohabitation-data-'));
  return { env: { DATA_DIR: dir, DATABASE_URL: '' }, drop: async () => undefined };
}

export interface Child {
  process: ChildProcess;
  lines: string[];
  /** Resolves when a line matching `pattern` has been printed `count` times. */
  waitFor(pattern: RegExp, count?: number, timeoutMs?: number): Promise<void>;
  exited: Promise<number | null>;
  stderr(): string;
}

/** Runs test/support/engine-process.ts in a new Node process. */
export function spawnEngine(args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath,
    ['--import', 'tsx', 'test/support/engine-process.ts', ...args],
    { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  let buffer = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    lines.push(...parts);
    waiters.forEach((w) => w());
  });
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => {
    waiters.forEach((w) => w());
    resolve(code);
  }));
  const waitFor = (pattern: RegExp, count = 1, timeoutMs = 120_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Timed out waiting for ${pattern}. ${stderr}`)),
        timeoutMs);
      const check = () => {
        if (lines.filter((l) => pattern.test(l)).length >= count) {
          clearTimeout(timer);
          resolve();
        } else if (child.exitCode !== null) {
          clearTimeout(timer);
          reject(new Error(`The process ended (${child.exitCode}) before ${pattern}: ${stderr}`));
        }
      };
      waiters.push(check);
      check();
    });
  return { process: child, lines, waitFor, exited, stderr: () => stderr };
}
