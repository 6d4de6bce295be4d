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

export const logger = pino({
  level: env().LOG_LEVEL,
  base: { service: "smm-panel" },
  redact: {
    paths: [...SECRET_KEYS, ...SECRET_KEYS.map((key) => `*.${key}`), 'headers["authorization"]', 'headers["cookie"]'],
    censor: "[redacted]",
  },
  timestamp: pino.stdTimeFunctions.isoTime,
});

export type Logger = pino.Logger;

export function requestLogger(requestId: string): Logger {
  return logger.child({ requestId });
}
