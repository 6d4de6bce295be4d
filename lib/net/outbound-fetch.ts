import { Agent, fetch as undiciFetch } from "undici";
import { guardedLookup, outboundRules, type OutboundRules } from "./outbound-url";

/**
 * fetch for admin-entered URLs: every new connection resolves its host through the guard and connects
 * only to the addresses the guard passed (undici's `connect.lookup`; IP literals are checked by
 * checkOutboundUrl, since a socket never looks them up). undici's own fetch, so agent and fetch are
 * one version. One keep-alive agent per set of rules.
 */
export type OutboundInit = {
  method: string;
  headers: Record<string, string>;
  body?: string;
  redirect: "manual" | "error";
  signal: AbortSignal;
};
export type OutboundResponse = { status: number; headers: { get(name: string): string | null }; text(): Promise<string> };
export type OutboundFetch = (url: URL, init: OutboundInit) => Promise<OutboundResponse>;

const agents = new WeakMap<OutboundRules, Agent>();

function agentFor(rules: OutboundRules): Agent {
  let agent = agents.get(rules);
  if (!agent) {
    agent = new Agent({ connect: { lookup: guardedLookup(rules) } });
    agents.set(rules, agent);
  }
  return agent;
}

export function outboundFetch(url: URL, init: OutboundInit, rules: OutboundRules = outboundRules()): Promise<OutboundResponse> {
  return undiciFetch(url, { ...init, dispatcher: agentFor(rules) });
}
