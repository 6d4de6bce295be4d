// A customer's favourite services: pinned and unpinned by the customer alone, only orderable services,
// gone with the customer or the service.
import { inRequestScope } from "@/tests/bad-input/request-scope"; // first: it sets up Next's request storage
import { describe, expect, it } from "vitest";
import { setFavoriteServiceAction } from "@/lib/actions/user/favorites";
import { db } from "@/lib/db";
import { createUser, sessionCookie } from "@/tests/factories";
import { listFavoriteServiceIds, setFavoriteService } from "./favorite-services";

async function newService(options: { status?: "ACTIVE" | "DISABLED"; categoryStatus?: "ACTIVE" | "DISABLED" } = {}) {
  const unique = `${Date.now()}-${Math.random()}`;
  const category = await db.category.create({
    data: { name: `Favourites ${unique}`, status: options.categoryStatus ?? "ACTIVE" },
    select: { id: true },
  });
  return db.service.create({
    data: {
      name: `Pinned ${unique}`,
      categoryId: category.id,
      rate: "10",
      min: 1,
      max: 1000,
      mode: "MANUAL",
      status: options.status ?? "ACTIVE",
    },
    select: { id: true, categoryId: true },
  });
}

const asUser = async (user: Parameters<typeof sessionCookie>[0] | null) => {
  const headers = new Headers({ origin: "http://localhost:3999", host: "localhost:3999", "x-forwarded-for": "203.0.113.91" });
  if (user) headers.set("cookie", await sessionCookie(user));
  return <T>(run: () => Promise<T>) => inRequestScope(headers, run);
};

describe("favourite services", () => {
  it("are pinned once, listed newest first, and unpinned, for their owner only", async () => {
    const [ana, bob] = await Promise.all([createUser(), createUser()]);
    const [first, second] = await Promise.all([newService(), newService()]);
    await setFavoriteService(ana.id, first.id, true);
    await Promise.all([setFavoriteService(ana.id, second.id, true), setFavoriteService(ana.id, second.id, true)]);
    expect(await listFavoriteServiceIds(ana.id)).toEqual([second.id, first.id]);
    expect(await db.favoriteService.count({ where: { userId: ana.id } })).toBe(2);
    expect(await listFavoriteServiceIds(bob.id)).toEqual([]);

    // Bob unpinning Ana's service touches only his own (absent) row.
    await setFavoriteService(bob.id, first.id, false);
    expect(await listFavoriteServiceIds(ana.id)).toEqual([second.id, first.id]);
    await setFavoriteService(ana.id, first.id, false);
    await setFavoriteService(ana.id, first.id, false);
    expect(await listFavoriteServiceIds(ana.id)).toEqual([second.id]);
  });

  it("pins only orderable services; a pin on a service disabled later is hidden, and can still be removed", async () => {
    const user = await createUser();
    const [disabled, inDisabledCategory, later] = await Promise.all([
      newService({ status: "DISABLED" }),
      newService({ categoryStatus: "DISABLED" }),
      newService(),
    ]);
    for (const service of [disabled, inDisabledCategory]) {
      await expect(setFavoriteService(user.id, service.id, true)).rejects.toMatchObject({
        status: 422,
        details: { issues: [{ field: "serviceId", key: "validation.order.serviceUnavailable" }] },
      });
    }
    await expect(setFavoriteService(user.id, 2_147_483_647, true)).rejects.toMatchObject({ status: 422 });
    await setFavoriteService(user.id, later.id, true);
    await db.service.update({ where: { id: later.id }, data: { status: "DISABLED" } });
    expect(await listFavoriteServiceIds(user.id)).toEqual([]);
    await setFavoriteService(user.id, later.id, false);
    expect(await db.favoriteService.count({ where: { userId: user.id } })).toBe(0);
  });

  it("go with the customer and with the service", async () => {
    const [user, other] = await Promise.all([createUser(), createUser()]);
    const [kept, removed] = await Promise.all([newService(), newService()]);
    await setFavoriteService(user.id, kept.id, true);
    await setFavoriteService(user.id, removed.id, true);
    await setFavoriteService(other.id, kept.id, true);
    await db.service.delete({ where: { id: removed.id } });
    expect(await listFavoriteServiceIds(user.id)).toEqual([kept.id]);
    await db.user.delete({ where: { id: user.id } });
    expect(await db.favoriteService.findMany({ where: { serviceId: kept.id }, select: { userId: true } })).toEqual([{ userId: other.id }]);
  });

  it("through the action: the signed-in customer's own star; signed out or bad input changes nothing", async () => {
    const user = await createUser();
    const service = await newService();
    const as = await asUser(user);
    expect(await as(() => setFavoriteServiceAction({ serviceId: service.id, favorite: true }))).toEqual({
      success: true,
      data: { serviceId: service.id, favorite: true },
    });
    expect(await listFavoriteServiceIds(user.id)).toEqual([service.id]);

    const anonymous = await asUser(null);
    const refused = await anonymous(() => setFavoriteServiceAction({ serviceId: service.id, favorite: false }));
    expect(refused).toMatchObject({ success: false, error: { code: "unauthorized" } });
    const bad = await as(() => setFavoriteServiceAction({ serviceId: "x" as unknown as number, favorite: false }));
    expect(bad).toMatchObject({ success: false, error: { code: "validation_failed" } });
    expect(await listFavoriteServiceIds(user.id)).toEqual([service.id]);

    await as(() => setFavoriteServiceAction({ serviceId: service.id, favorite: false }));
    expect(await listFavoriteServiceIds(user.id)).toEqual([]);
  });
});
