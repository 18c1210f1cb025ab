// Installs the project's packages when they are missing or older than the lock file,
// so that `npm start` and `npm test` work on a fresh clone.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const marker = 'node_modules/.package-lock.json';
const lock = 'package-lock.json';
const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs);
if (stale) {
  const command = existsSync(lock) ? 'ci' : 'install';
  process.stdout.write(`Installing packages (npm ${command})...\n`);
  const result = spawnSync('npm', [command, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
