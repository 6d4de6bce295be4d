import { hash, verify } from "@node-rs/argon2";

// Argon2id (the default algorithm of @node-rs/argon2) with OWASP's recommended cost:
// 19 MiB memory, 2 iterations, parallelism 1.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is treated as a wrong password, never as a match.
    return false;
  }
}

// Verifying against this when the e-mail is unknown keeps response times alike (no user enumeration).
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-password-for-timing");
  await verifyPassword(await dummyHash, password);
}
