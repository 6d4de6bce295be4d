import { describe, expect, it } from "vitest";
import { KNOWN_DEVICE_COOKIE, rememberDevice } from "@/lib/auth/known-device";
import { peerHeaderFor, PEER_HEADER } from "@/lib/http/peer-address";
import { postCredentials } from "@/tests/auth-requests";
import { createUser, TEST_PASSWORD, uniqueEmail } from "@/tests/factories";

let peers = 0;
const fromPeer = () => ({ [PEER_HEADER]: peerHeaderFor(`192.0.2.${++peers + 10}`) });

describe("a stranger's wrong passwords do not lock the owner out", () => {
  it("after 6 wrong guesses the owner's browser (known device) still signs in; the stranger stays throttled, right password or not", async () => {
    const owner = await createUser();
    // What the panel set in the owner's browser at an earlier sign-in (sign-in-with-password.ts).
    const ownersBrowser = `${KNOWN_DEVICE_COOKIE}=${rememberDevice(undefined, owner.email)}`;

    for (let guess = 0; guess < 6; guess += 1) {
      const attempt = await postCredentials({ email: owner.email, password: `guess-${guess}` }, fromPeer());
      expect(attempt.code).toBe(guess < 5 ? "invalid" : "throttled");
    }
    const strangerWithRightPassword = await postCredentials({ email: owner.email, password: TEST_PASSWORD }, fromPeer());
    expect(strangerWithRightPassword).toMatchObject({ code: "throttled", signedIn: false });

    const ownerSignsIn = await postCredentials({ email: owner.email, password: TEST_PASSWORD }, fromPeer(), ownersBrowser);
    expect(ownerSignsIn).toMatchObject({ code: null, signedIn: true });

    // The owner's success does not hand the stranger fresh guesses.
    expect((await postCredentials({ email: owner.email, password: "guess-again" }, fromPeer())).code).toBe("throttled");
  });

  it("a known-device cookie counts only for its own account and is throttled on its own", async () => {
    const owner = await createUser();
    const someoneElse = uniqueEmail("other");
    const otherAccountsBrowser = `${KNOWN_DEVICE_COOKIE}=${rememberDevice(undefined, someoneElse)}`;
    for (let guess = 0; guess < 5; guess += 1) await postCredentials({ email: owner.email, password: `guess-${guess}` }, fromPeer());
    expect((await postCredentials({ email: owner.email, password: TEST_PASSWORD }, fromPeer(), otherAccountsBrowser)).code).toBe(
      "throttled",
    );
    expect(
      (
        await postCredentials(
          { email: owner.email, password: TEST_PASSWORD },
          fromPeer(),
          `${KNOWN_DEVICE_COOKIE}=forged-tag-forged-tag-xx`,
        )
      ).code,
    ).toBe("throttled");

    // Someone holding the owner's cookie still has to guess the password, ten tries per 15 minutes.
    const ownersBrowser = `${KNOWN_DEVICE_COOKIE}=${rememberDevice(otherAccountsBrowser.split("=")[1], owner.email)}`;
    const codes: (string | null)[] = [];
    for (let guess = 0; guess < 11; guess += 1)
      codes.push((await postCredentials({ email: owner.email, password: `guess-${guess}` }, fromPeer(), ownersBrowser)).code);
    expect(codes.slice(0, 10).every((code) => code === "invalid")).toBe(true);
    expect(codes[10]).toBe("throttled");
  });
});
