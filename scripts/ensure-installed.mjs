// Installs what the project needs when it is missing, so that `npm start` and `npm test`
// work on a fresh clone: the npm packages (when absent or older than the lock file) and,
// for the document tests, Poppler's pdfsig and pdftotext (Debian's poppler-utils, when this
// runs as root on a machine with apt-get), and for the invoice tests xmllint (libxml2-utils).
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

function run(command, args) {
  return spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

const marker = 'node_modules/.package-lock.json';
const lock = 'package-lock.json';
const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs);
if (stale) {
  const command = existsSync(lock) ? 'ci' : 'install';
  process.stdout.write(`Installing packages (npm ${command})...\n`);
  const status = run('npm', [command, '--no-audit', '--no-fund']);
  if (status !== 0) process.exit(status);
}

const wantsPoppler = process.env.npm_lifecycle_event === 'pretest';
if (wantsPoppler && !has('pdfsig')) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && has('apt-get')) {
    process.stdout.write('Installing poppler-utils (pdfsig, pdftotext) for the document tests...\n');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'poppler-utils']);
  } else {
    process.stdout.write('The document tests need pdfsig and pdftotext: install poppler-utils.\n');
  }
}

if (wantsPoppler && !has('xmllint')) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && has('apt-get')) {
    process.stdout.write('Installing libxml2-utils (xmllint) for the invoice tests...\n');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'libxml2-utils']);
  } else {
    process.stdout.write('The invoice tests need xmllint: install libxml2-utils.\n');
  }
}
