import { randomBytes } from "node:crypto";
import http from "node:http";

/**
 * The TCP peer of each request, which Next.js does not hand to route handlers or server actions.
 * stampPeerAddresses() (run by instrumentation.ts in the Node server) writes it into a header of
 * every incoming request before Next sees it, replacing any header of that name the client sent.
 * The value carries a secret made per process, so a header that did not come from this stamp
 * (a client's, or one sent before the stamp was installed) reads as "no peer known".
 */
export const PEER_HEADER = "x-panel-peer";

const state = globalThis as unknown as { panelPeerStamp?: string };

function stampSecret(): string {
  state.panelPeerStamp ??= randomBytes(16).toString("hex");
  return state.panelPeerStamp;
}

export function peerAddress(headers: Headers): string | null {
  const value = headers.get(PEER_HEADER);
  const secret = state.panelPeerStamp;
  if (!value || !secret) return null;
  const [address, given] = value.split(" ");
  return given === secret && address ? address : null;
}

export function stampPeerAddresses(): void {
  const prototype = http.Server.prototype as http.Server & { panelPeerStamped?: boolean };
  if (prototype.panelPeerStamped) return;
  prototype.panelPeerStamped = true;
  const secret = stampSecret();
  const emit = prototype.emit;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_HEADER] = `${req.socket.remoteAddress ?? ""} ${secret}`;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof prototype.emit;
}

/** For tests that build Requests by hand: the header value the stamp would have written. */
export function peerHeaderFor(address: string): string {
  return `${address} ${stampSecret()}`;
}
