import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The process is pure: its files import only each other (and nothing with I/O). */
test('the process imports no adapter, database, engine, web or I/O module', () => {
  const dir = 'src/process';
  const offenders = readdirSync(dir).filter((f) => f.endsWith('.ts')).flatMap((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const imports = [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1] ?? '');
    return imports.filter((path) => !path.startsWith('./')).map((path) => `${file}: ${path}`);
  });
  assert.deepEqual(offenders, []);
});
