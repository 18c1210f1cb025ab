import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The embedded database is one PostgreSQL session inside this process: a second process on
 * the same folder would damage it. A lock file with the owner's process id keeps it to one;
 * a lock left by a process that is gone (a crash, a kill) is taken over.
 */
export class DataDirInUseError extends Error {
  constructor(readonly dataDir: string, readonly pid: number) {
    super(`The data folder ${dataDir} is in use by process ${pid}. ` +
      'Stop that process, or use a PostgreSQL server (DATABASE_URL) for several processes.');
    this.name = 'DataDirInUseError';
  }
}

export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'owner.pid');
  for (let tries = 0; tries < 2; tries++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(path, 'utf8'));
      if (owner !== process.pid && isAlive(owner)) throw new DataDirInUseError(dataDir, owner);
      rmSync(path, { force: true });
    }
  }
  throw new DataDirInUseError(dataDir, Number(readFileSync(path, 'utf8')));
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
