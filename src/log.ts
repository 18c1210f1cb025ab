import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logging. Log lines carry ids (case id, request id, outbox id), never personal
 * data; the redaction below is a second line of defence for fields that should not be there.
 */
export function createLogger(level: string, pretty = false): Logger {
  return pino({
    level,
    base: { service: 'cohabitation-termination' },
    redact: {
      paths: ['nationalNumber', '*.nationalNumber', 'name', '*.name', 'email', '*.email',
        'phone', '*.phone', 'address', '*.address', 'declarant', 'partner', '*.declarant',
        '*.partner', 'req.headers.cookie', 'req.headers.authorization'],
      censor: '[redacted]',
    },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true } } } : {}),
  });
}
