// Unit tests never reach a database; lib/env still needs its required variables to load.
process.env.DATABASE_URL ??= "postgresql://unit:unit@127.0.0.1:1/unit";
process.env.AUTH_SECRET ??= "unit-test-secret-unit-test-secret-0123456789";
process.env.LOG_LEVEL ??= "silent";
process.env.ENCRYPTION_KEY ??= Buffer.alloc(32, 1).toString("base64");
