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
// Attachments on local disk go to a throw-away folder, never the checkout's uploads/.
process.env.UPLOAD_DIR = `${process.env.TMPDIR ?? "/tmp"}/smm-panel-it-uploads-${process.pid}`;
delete process.env.UPLOADTHING_TOKEN;
