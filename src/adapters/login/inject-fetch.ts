import type { FastifyInstance } from 'fastify';
import type { CustomFetch } from 'openid-client';

/**
 * The client's back channel to the embedded provider: the same HTTP requests, handed to the
 * product's own server in the process instead of over the network, so the product never has
 * to reach its own public address (behind a proxy, or before it listens).
 */
export function injectFetch(server: FastifyInstance): CustomFetch {
  return async (url, options) => {
    const target = new URL(url);
    const response = await server.inject({
      method: options.method as 'GET' | 'POST',
      url: `${target.pathname}${target.search}`,
      headers: { ...options.headers, host: target.host },
      ...(options.body === undefined || options.body === null
        ? {} : { payload: String(options.body) }),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value === undefined) continue;
      headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
    }
    const empty = response.statusCode === 204 || response.statusCode === 304;
    return new Response(empty ? null : new Uint8Array(response.rawPayload),
      { status: response.statusCode, headers });
  };
}
