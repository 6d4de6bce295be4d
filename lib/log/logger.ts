import pino from "pino";
import { env } from "@/lib/env";

// Structured JSON logs. Anything that looks like a secret is redacted wherever it appears.
const SECRET_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "token",
  "apiKey",
  "key",
  "secret",
  "authorization",
  "cookie",
];

// `next build` loads this module without the runtime environment (no DATABASE_URL); a server with a
// bad environment is still stopped at start by instrumentation.ts.
function configuredLevel(): string {
  try {
    return env().LOG_LEVEL;
  } catch {
    return "info";
  }
}

export function createLogger(destination?: pino.DestinationStream, level = configuredLevel()): pino.Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: "smm-panel" },
    redact: {
      paths: [...SECRET_KEYS, ...SECRET_KEYS.map((key) => `*.${key}`), 'headers["authorization"]', 'headers["cookie"]'],
      censor: "[redacted]",
    },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

export const logger = createLogger();

export type Logger = pino.Logger;

export function requestLogger(requestId: string): Logger {
  return logger.child({ requestId });
}
