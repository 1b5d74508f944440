// Structured JSON logs (pino), one object per line on stdout. Secrets never reach them: credentials, cookies and
// tokens are redacted wherever they appear in a logged object.
import pino from 'pino';
import { getEnv } from '@/lib/env';

const REDACT = [
  'password',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  'token',
  '*.token',
  '*.secret',
  'headers.cookie',
  'headers.authorization',
  'req.headers.cookie',
  'req.headers.authorization',
  '*.headers.cookie',
  '*.headers.authorization',
  'cookie',
  'authorization',
  'sessionToken',
  '*.sessionToken',
];

const globalForLog = globalThis as unknown as { logger?: pino.Logger };

/** The process's logger (level from LOG_LEVEL). */
export function getLogger(): pino.Logger {
  globalForLog.logger ??= pino({
    level: getEnv().LOG_LEVEL,
    base: { service: 'iom-portal' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT, censor: '[redacted]' },
  });
  return globalForLog.logger;
}
