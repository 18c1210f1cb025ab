import type { FastifyReply, FastifyRequest } from 'fastify';

export interface CookieOptions {
  path: string;
  secure: boolean;
  /** Seconds; 0 removes the cookie; absent: until the browser closes. */
  maxAge?: number;
}

export function readCookie(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      return decodeURIComponent(part.slice(at + 1).trim());
    }
  }
  return undefined;
}

/** Adds a Set-Cookie header (HttpOnly, SameSite=Lax) beside those already set. */
export function setCookie(reply: FastifyReply, name: string, value: string, o: CookieOptions) {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${o.path}`, 'HttpOnly',
    'SameSite=Lax'];
  if (o.secure) parts.push('Secure');
  if (o.maxAge !== undefined) parts.push(`Max-Age=${o.maxAge}`);
  const current = reply.getHeader('set-cookie');
  const list = current === undefined ? [] : Array.isArray(current) ? current : [String(current)];
  reply.header('set-cookie', [...list, parts.join('; ')]);
}
