import { describe, expect, it } from "vitest";
import { GET as ownLedgerRoute } from "@/app/api/user/ledger/route";
import { db } from "@/lib/db";
import { peerHeaderFor, PEER_HEADER } from "@/lib/http/peer-address";
import { postCredentials, postSignOut } from "@/tests/auth-requests";
import { callRoute, createUser, TEST_PASSWORD } from "@/tests/factories";

const signIn = async (email: string, peer: string) => {
  const { sessionCookie } = await postCredentials({ email, password: TEST_PASSWORD }, { [PEER_HEADER]: peerHeaderFor(peer) });
  if (!sessionCookie) throw new Error("sign-in failed");
  return sessionCookie;
};
const ledgerStatus = async (cookie: string) => (await callRoute(ownLedgerRoute, { method: "GET", cookie })).status;

describe("signing out ends the session on the server", () => {
  it("refuses a copy of the session cookie after sign-out, and leaves the user's other browsers signed in", async () => {
    const user = await createUser();
    const laptop = await signIn(user.email, "192.0.2.201");
    const phone = await signIn(user.email, "192.0.2.202");
    const copied = laptop;
    expect(await ledgerStatus(copied)).toBe(200);
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(2);

    const signedOut = await postSignOut(laptop);
    expect(signedOut.status).toBe(302);

    expect(await ledgerStatus(copied)).toBe(401);
    expect(await ledgerStatus(phone)).toBe(200);
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(1);
  });
});
