import Fastify, { type FastifyInstance } from 'fastify';
import { parse } from 'node-html-parser';
import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../../src/app/app.ts';
import {
  authPlugin, currentSession, requireCitizen, requireRecentSignIn,
} from '../../src/web/auth/index.ts';

/** The auth plugin on a bare server, with two protected test routes. */
export async function authServer(app: App): Promise<FastifyInstance> {
  const server = Fastify();
  await server.register(authPlugin(app));
  server.get('/test/me', { preHandler: requireCitizen }, async (request) => {
    const session = currentSession(request);
    return { nationalNumber: session?.nationalNumber, level: session?.level };
  });
  server.get('/test/sign', { preHandler: requireRecentSignIn(app) }, async () => ({ ok: true }));
  await server.ready();
  return server;
}

/** A browser without JavaScript: keeps cookies, follows redirects only when told. */
export class Browser {
  readonly cookies = new Map<string, string>();

  constructor(private readonly server: FastifyInstance, private readonly origin: string) {}

  get(url: string): Promise<LightMyRequestResponse> {
    return this.send('GET', url);
  }

  /** A form post; `headers` adds request headers (Origin, Sec-Fetch-Site, ...). */
  post(url: string, form: Record<string, string>, headers: Record<string, string> = {}):
    Promise<LightMyRequestResponse> {
    return this.send('POST', url, new URLSearchParams(form).toString(), headers);
  }

  /** Follows redirects within this site (the provider included) until a page answers. */
  async follow(response: LightMyRequestResponse): Promise<LightMyRequestResponse> {
    let current = response;
    for (let hops = 0; current.statusCode >= 300 && current.statusCode < 400; hops += 1) {
      if (hops > 10) throw new Error('too many redirects');
      current = await this.get(String(current.headers.location));
    }
    return current;
  }

  private async send(method: 'GET' | 'POST', url: string, payload?: string,
    extra: Record<string, string> = {}) {
    const target = new URL(url, this.origin);
    if (target.origin !== this.origin) throw new Error(`leaves the site: ${target.origin}`);
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await this.server.inject({
      method, url: `${target.pathname}${target.search}`, payload,
      headers: {
        host: target.host, ...(cookie ? { cookie } : {}),
        ...(payload ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...extra,
      },
    });
    this.keep(response.headers['set-cookie']);
    return response;
  }

  private keep(header: string | string[] | undefined) {
    for (const line of header === undefined ? [] : [header].flat()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const gone = value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line);
      if (gone) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** The interaction page's form: the action and the value of the person with this label. */
export function pickForm(html: string, name: string) {
  const page = parse(html);
  const action = page.querySelectorAll('form').map((f) => f.getAttribute('action') ?? '')
    .find((a) => a.endsWith('/login'));
  const label = page.querySelectorAll('label').find((l) => l.textContent.startsWith(`${name} `));
  const id = label?.getAttribute('for');
  const sub = id ? page.querySelector(`input#${id}`)?.getAttribute('value') : undefined;
  if (!action || !sub) throw new Error('no sign-in form on the page');
  return { action, sub };
}

/** Signs in through the provider as `name` at `level`; returns the last response. */
export async function signIn(browser: Browser, name: string, level: string, start: string) {
  const page = await browser.follow(await browser.get(start));
  const { action, sub } = pickForm(page.body, name);
  const toCallback = await browser.post(action, { person: sub, level });
  return { page, callback: await upToCallback(browser, toCallback) };
}

/** Follows the provider's redirects and stops at the product's callback address. */
export async function upToCallback(browser: Browser, response: LightMyRequestResponse) {
  let current = response;
  while (current.statusCode >= 300 && current.statusCode < 400) {
    const location = String(current.headers.location);
    if (new URL(location, 'http://x').pathname === '/auth/callback') return location;
    current = await browser.get(location);
  }
  throw new Error(`no callback; ended with ${current.statusCode}: ${current.body}`);
}
