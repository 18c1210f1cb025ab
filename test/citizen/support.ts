import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { nl } from '../../src/web/i18n/nl.ts';
import { Browser, signIn } from '../login/browser.ts';
import { html, type Server } from '../web/support.ts';

export const origin = 'http://127.0.0.1:3000';

/** A browser signed in as the demo person whose label starts with `name`. */
export async function signedIn(server: Server, name: string): Promise<Browser> {
  // The app's server has a pino logger type; the browser only injects requests.
  const browser = new Browser(server as unknown as FastifyInstance, origin);
  const { callback } = await signIn(browser, name, 'substantial', '/auth/login?return=/cases');
  const landed = await browser.get(callback);
  assert.equal(landed.statusCode, 303, landed.body);
  return browser;
}

/** Every page: its language, one h1, no message key or unfilled placeholder in its text. */
export function assertPage(response: LightMyRequestResponse, status = 200) {
  assert.equal(response.statusCode, status, response.body.slice(0, 400));
  const page = html(response.body);
  assert.ok(page.querySelector('html')?.getAttribute('lang'));
  assert.equal(page.querySelectorAll('h1').length, 1);
  const text = page.querySelector('body')?.textContent ?? '';
  const keys = Object.keys(nl).filter((key) => text.includes(key));
  assert.deepEqual([...keys, ...(text.match(/\{\w+\}/g) ?? [])], []);
  return page;
}

/** The value of a hidden field of the page's first form that has it. */
export function hidden(response: LightMyRequestResponse, name: string): string {
  const input = html(response.body).querySelector(`input[name="${name}"]`);
  return input?.getAttribute('value') ?? '';
}
