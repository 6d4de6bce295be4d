import { describe, expect, it } from "vitest";
import { envProblems, parseEnv } from "./env";

const valid = {
  DATABASE_URL: "postgresql://u:p@localhost:5432/db",
  AUTH_SECRET: "x".repeat(32),
  ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
};

const problemsOf = envProblems;

describe("env", () => {
  it("accepts the minimum and applies defaults", () => {
    const env = parseEnv(valid);
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.PANEL_DATABASE_MODE).toBe("external");
    expect(env.RESEND_API_KEY).toBeUndefined();
  });

  it("names a missing variable", () => {
    expect(problemsOf({ AUTH_SECRET: valid.AUTH_SECRET }).join("\n")).toMatch(/^DATABASE_URL: DATABASE_URL is required/);
    expect(problemsOf({ DATABASE_URL: valid.DATABASE_URL, ENCRYPTION_KEY: valid.ENCRYPTION_KEY }).join("\n")).toMatch(/^AUTH_SECRET: /);
    expect(problemsOf({ DATABASE_URL: valid.DATABASE_URL, AUTH_SECRET: valid.AUTH_SECRET }).join("\n")).toMatch(/^ENCRYPTION_KEY: /);
  });

  it("names a malformed variable", () => {
    expect(problemsOf({ ...valid, DATABASE_URL: "mysql://x" })).toEqual([
      "DATABASE_URL: DATABASE_URL must be a postgres:// or postgresql:// URL",
    ]);
    expect(problemsOf({ ...valid, AUTH_SECRET: "short" })[0]).toMatch(/^AUTH_SECRET: .*32/);
    expect(problemsOf({ ...valid, APP_URL: "not a url" })[0]).toMatch(/^APP_URL: /);
    expect(problemsOf({ ...valid, LOG_LEVEL: "loud" })[0]).toMatch(/^LOG_LEVEL: /);
    expect(problemsOf({ ...valid, ENCRYPTION_KEY: "c2hvcnQ=" })[0]).toMatch(/^ENCRYPTION_KEY: .*32 bytes/);
  });

  it("wants Google's client id and secret together", () => {
    expect(problemsOf({ ...valid, AUTH_GOOGLE_ID: "id.apps.googleusercontent.com" })).toEqual([
      "AUTH_GOOGLE_SECRET: AUTH_GOOGLE_SECRET is required with the other Google sign-in variable (or unset both)",
    ]);
    expect(problemsOf({ ...valid, AUTH_GOOGLE_SECRET: "secret" })[0]).toMatch(/^AUTH_GOOGLE_ID: /);
    expect(problemsOf({ ...valid, AUTH_GOOGLE_ID: "id", AUTH_GOOGLE_SECRET: "secret" })).toEqual([]);
  });

  it("treats empty optional values as unset and wants Upstash's URL and token together", () => {
    expect(parseEnv({ ...valid, RESEND_API_KEY: "" }).RESEND_API_KEY).toBeUndefined();
    expect(problemsOf({ ...valid, UPSTASH_REDIS_REST_URL: "https://example.upstash.io" })[0]).toMatch(/^UPSTASH_REDIS_REST_TOKEN: /);
  });

  it("takes host names, addresses and CIDR ranges in OUTBOUND_ALLOWED_HOSTS, naming what is not one", () => {
    expect(parseEnv({ ...valid, OUTBOUND_ALLOWED_HOSTS: "provider.internal, 10.20.0.0/16,::1" }).OUTBOUND_ALLOWED_HOSTS).toBe(
      "provider.internal, 10.20.0.0/16,::1",
    );
    expect(problemsOf({ ...valid, OUTBOUND_ALLOWED_HOSTS: "ok.example,http://x.example/,10.0.0.0/33" })).toEqual([
      "OUTBOUND_ALLOWED_HOSTS: OUTBOUND_ALLOWED_HOSTS takes comma-separated host names, IP addresses and CIDR ranges; not: http://x.example/, 10.0.0.0/33",
    ]);
  });
});
