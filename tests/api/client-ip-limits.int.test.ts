import { describe, expect, it } from "vitest";
import { POST as registerRoute } from "@/app/api/auth/register/route";
import { SIGN_IN_PER_IP } from "@/lib/auth/authenticate";
import { peerHeaderFor, PEER_HEADER } from "@/lib/http/peer-address";
import { REGISTER_PER_IP } from "@/lib/users/rate-limits";
import { postCredentials } from "@/tests/auth-requests";
import { callRoute, uniqueEmail } from "@/tests/factories";

let spoofed = 0;
const spoof = () => `198.18.${Math.floor(++spoofed / 250)}.${(spoofed % 250) + 1}`;

describe("per-IP limits come from the trusted client address, not X-Forwarded-For", () => {
  it("a new spoofed X-Forwarded-For on every registration does not get past the per-IP limit", async () => {
    const peer = { [PEER_HEADER]: peerHeaderFor("192.0.2.150") };
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= REGISTER_PER_IP.limit; attempt += 1) {
      const ip = spoof();
      const res = await callRoute(registerRoute, {
        headers: { ...peer, "x-forwarded-for": ip, "x-real-ip": ip },
        body: { email: uniqueEmail("spoof"), password: "long-enough-1", fullName: "Spoofer", acceptTerms: true },
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, REGISTER_PER_IP.limit).every((status) => status === 201)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it("a new spoofed X-Forwarded-For on every password guess does not get past the per-IP sign-in limit", async () => {
    const peer = { [PEER_HEADER]: peerHeaderFor("192.0.2.151") };
    const codes: (string | null)[] = [];
    for (let attempt = 0; attempt <= SIGN_IN_PER_IP.limit; attempt += 1) {
      const ip = spoof();
      const { code } = await postCredentials(
        { email: uniqueEmail("guess"), password: "guess-1234" },
        { ...peer, "x-forwarded-for": ip, "x-real-ip": ip },
      );
      codes.push(code);
    }
    expect(codes.slice(0, SIGN_IN_PER_IP.limit).every((code) => code === "invalid")).toBe(true);
    expect(codes.at(-1)).toBe("throttled");
  });
});
