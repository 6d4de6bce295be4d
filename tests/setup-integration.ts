import { inject } from "vitest";

// Before any lib/ module loads: point lib/env at the test database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET = "integration-test-secret-0123456789-abcdefgh";
process.env.LOG_LEVEL = "silent";
process.env.APP_URL = "http://localhost:3999";
delete process.env.RESEND_API_KEY;
delete process.env.UPSTASH_REDIS_REST_URL;
delete process.env.UPSTASH_REDIS_REST_TOKEN;
process.env.ENCRYPTION_KEY = Buffer.alloc(32, 2).toString("base64");
