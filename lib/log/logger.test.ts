import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(String(chunk));
      callback();
    },
  });
  return { logger: createLogger(stream, "info"), lines };
}

describe("logger", () => {
  it("writes structured JSON with the request id", () => {
    const { logger, lines } = capture();
    logger.child({ requestId: "req-12345678" }).info({ status: 200 }, "request");
    const entry = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(entry).toMatchObject({ requestId: "req-12345678", status: 200, msg: "request", service: "smm-panel" });
  });

  it("never writes a password, token or key", () => {
    const { logger, lines } = capture();
    logger.info(
      {
        password: "hunter2-secret",
        body: { token: "tok-secret", apiKey: "key-secret", newPassword: "np-secret" },
        headers: { cookie: "c-secret", authorization: "Bearer a-secret" },
      },
      "attempt",
    );
    const text = lines.join("");
    for (const secret of ["hunter2-secret", "tok-secret", "key-secret", "np-secret", "c-secret", "a-secret"])
      expect(text).not.toContain(secret);
    expect(text).toContain("[redacted]");
  });
});
