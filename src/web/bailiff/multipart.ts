import type { FastifyInstance } from 'fastify';

/** One uploaded file of a multipart form. */
export interface UploadedFile {
  filename: string;
  bytes: Uint8Array;
}

/** Where a parsed multipart body keeps its files, beside the text fields. */
export const filesKey = '__files';

/**
 * Parses `multipart/form-data` posts (a file upload from a form without JavaScript) into the
 * text fields, as `application/x-www-form-urlencoded` would give them, and the files under
 * `__files`. The whole body is limited to `bodyLimit` bytes (beyond: 413); the file's own
 * limit is checked by the use case, so a file a little too large comes back as a field error.
 */
export function acceptMultipart(server: FastifyInstance, bodyLimit: number): void {
  server.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit },
    (request, body, done) => {
      const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i
        .exec(String(request.headers['content-type']));
      const value = boundary?.[1] ?? boundary?.[2];
      if (!value) {
        done(Object.assign(new Error('multipart boundary missing'), { statusCode: 400 }));
        return;
      }
      done(null, parseMultipart(body as Buffer, value));
    });
}

export function parseMultipart(body: Buffer, boundary: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const files: Record<string, UploadedFile> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const part = body.subarray(start + 2, next - 2); // after CRLF, before CRLF
    const split = part.indexOf('\r\n\r\n');
    if (split !== -1) {
      const head = part.subarray(0, split).toString('utf8');
      const content = part.subarray(split + 4);
      const name = /name="([^"]*)"/i.exec(head)?.[1];
      const filename = /filename="([^"]*)"/i.exec(head)?.[1];
      if (name && filename !== undefined) {
        if (content.length > 0 || filename !== '') {
          files[name] = { filename, bytes: new Uint8Array(content) };
        }
      } else if (name) {
        fields[name] = content.toString('utf8');
      }
    }
    at = next;
  }
  return { ...fields, [filesKey]: files };
}

/** A file of a parsed multipart body, if one was sent. */
export function uploadedFile(body: unknown, name: string): UploadedFile | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const files = (body as Record<string, unknown>)[filesKey];
  if (typeof files !== 'object' || files === null) return undefined;
  return (files as Record<string, UploadedFile>)[name];
}
