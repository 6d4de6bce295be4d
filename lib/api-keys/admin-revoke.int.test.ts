// Issue 18 (API keys in the admin): an admin revokes a customer's key from the customer's page, audited as theirs.
import { inRequestScope } from "@/tests/bad-input/request-scope"; // first: it sets up Next's request storage
import { describe, expect, it, vi } from "vitest";
import { revokeUserApiKeyAction } from "@/lib/actions/admin/users";
import { db } from "@/lib/db";
import { createUser, sessionCookie } from "@/tests/factories";
import { authenticateApiKey } from "./authenticate-api-key";
import { createApiKey } from "./create-api-key";
import { listApiKeys } from "./list-api-keys";

// Outside a Next request there is no cache to revalidate (as in lib/brand/brand.int.test.ts).
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const as = async (user: Parameters<typeof sessionCookie>[0]) => {
  const headers = new Headers({ origin: "http://localhost:3999", host: "localhost:3999", "x-forwarded-for": "203.0.113.93" });
  headers.set("cookie", await sessionCookie(user));
  return <T>(run: () => Promise<T>) => inRequestScope(headers, run);
};

describe("an admin revoking a customer's API key", () => {
  it("stops the key at once, audits it with the admin as actor, and lists it as revoked", async () => {
    const [admin, customer] = await Promise.all([createUser({ role: "ADMIN" }), createUser()]);
    const key = await createApiKey(customer.id, "reseller bot");
    expect(await authenticateApiKey(key.key)).toMatchObject({ userId: customer.id });

    const asAdmin = await as(admin);
    expect(await asAdmin(() => revokeUserApiKeyAction({ userId: customer.id, keyId: key.id }))).toEqual({
      success: true,
      data: { id: key.id, revoked: true },
    });
    expect(await authenticateApiKey(key.key)).toBeNull();
    expect((await listApiKeys(customer.id))[0]).toMatchObject({ id: key.id, revokedAt: expect.any(Date) });
    const audit = await db.auditLog.findMany({ where: { objectType: "api_key", objectId: key.id, action: "api_key.revoke" } });
    expect(audit).toEqual([expect.objectContaining({ actorId: admin.id, before: { prefix: key.prefix, userId: customer.id } })]);

    // Again: nothing more happens.
    await asAdmin(() => revokeUserApiKeyAction({ userId: customer.id, keyId: key.id }));
    expect(await db.auditLog.count({ where: { objectType: "api_key", objectId: key.id } })).toBe(2); // create + one revoke
  });

  it("refuses staff without users.manage, and a key id under another customer", async () => {
    const [admin, support, customer, other] = await Promise.all([
      createUser({ role: "ADMIN" }),
      createUser({ role: "SUPPORT" }),
      createUser(),
      createUser(),
    ]);
    const key = await createApiKey(customer.id, "bot");
    const refused = await (await as(support))(() => revokeUserApiKeyAction({ userId: customer.id, keyId: key.id }));
    expect(refused).toMatchObject({ success: false, error: { code: "forbidden" } });
    const crossed = await (await as(admin))(() => revokeUserApiKeyAction({ userId: other.id, keyId: key.id }));
    expect(crossed).toMatchObject({ success: false, error: { code: "not_found" } });
    expect(await authenticateApiKey(key.key)).toMatchObject({ userId: customer.id });
  });
});
