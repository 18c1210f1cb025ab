import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runDemo } from '../src/demo/run-demo.ts';

test('the demo runs a joint and a unilateral case to completion and prints their timelines',
  { timeout: 120_000 }, async () => {
    const lines: string[] = [];
    await runDemo((line) => lines.push(line));
    const headings = lines.filter((l) => /^(Joint|Unilateral)/.test(l));
    assert.equal(headings.length, 2);
    for (const heading of headings) assert.match(heading, /: completed \(\d+ events, hash chain intact\)/);
    const text = lines.join('\n');
    for (const step of ['PartnerSigned', 'PartnerDeadlinePassed', 'PaymentSucceeded',
      'BailiffEngaged', 'ServiceRecorded', 'TerminationRegistered']) {
      assert.match(text, new RegExp(`\\b${step}\\b`), step);
    }
  });
