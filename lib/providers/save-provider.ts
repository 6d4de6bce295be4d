import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { encryptSecret, decryptSecret, secretHint } from "@/lib/crypto/secret-box";
import { db, Prisma } from "@/lib/db";
import { conflict, invalidField, notFound } from "@/lib/errors/app-error";
import type { OutboundRules } from "@/lib/net/outbound-url";
import { checkProviderUrl } from "./check-provider-url";
import { probeProvider } from "./probe-provider";
import { PROVIDER_PUBLIC_FIELDS, toProviderView } from "./provider-view";
import type { providerCreateSchema, providerUpdateSchema } from "./schemas";

type Actor = { id: string; ip?: string | null; requestId?: string | null };
/** `outbound`: the rules for the URL (default: this process's, from lib/env). */
type Options = { outbound?: OutboundRules };

function nameTaken(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
const nameConflict = () =>
  conflict("name_taken", "name: a provider with this name already exists", { fields: { name: ["already exists"] } });

/** Adds a provider after proving its URL and key work (balance call); nothing is written otherwise. */
export async function createProvider(input: z.infer<typeof providerCreateSchema>, actor: Actor, options: Options = {}) {
  await checkProviderUrl(input.apiUrl, options.outbound);
  const probe = await probeProvider({
    providerId: `new-${randomUUID()}`,
    apiUrl: input.apiUrl,
    apiKey: input.apiKey,
    outbound: options.outbound,
  });
  try {
    return await db.$transaction(async (tx) => {
      const provider = await tx.provider.create({
        data: {
          name: input.name,
          apiUrl: input.apiUrl,
          apiKeyEncrypted: encryptSecret(input.apiKey),
          apiKeyHint: secretHint(input.apiKey),
          lowBalanceThreshold: input.lowBalanceThreshold ?? null,
          balance: probe.balance,
          currency: probe.currency,
          balanceCheckedAt: new Date(),
        },
        select: PROVIDER_PUBLIC_FIELDS,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "provider.create",
        objectType: "provider",
        objectId: provider.id,
        after: { name: input.name, apiUrl: input.apiUrl, apiKeyHint: provider.apiKeyHint },
        ip: actor.ip,
        requestId: actor.requestId,
      });
      return toProviderView(provider);
    });
  } catch (error) {
    if (nameTaken(error)) throw nameConflict();
    throw error;
  }
}

/**
 * Edits a provider; a new URL or key is proven first. A blank key keeps the stored one, but only for
 * the same URL: the stored key is never sent to a URL it was not entered for.
 */
export async function updateProvider(input: z.infer<typeof providerUpdateSchema>, actor: Actor, options: Options = {}) {
  const current = await db.provider.findUnique({
    where: { id: input.providerId },
    select: { ...PROVIDER_PUBLIC_FIELDS, apiKeyEncrypted: true },
  });
  if (!current) throw notFound("Provider");
  const urlChanged = input.apiUrl !== current.apiUrl;
  if (urlChanged && input.apiKey === undefined) throw invalidField("apiKey", "validation.provider.keyAgain");
  if (urlChanged) await checkProviderUrl(input.apiUrl, options.outbound);
  const credentialsChanged = urlChanged || input.apiKey !== undefined;
  const probe =
    credentialsChanged && input.status === "ACTIVE"
      ? await probeProvider({
          providerId: current.id,
          apiUrl: input.apiUrl,
          apiKey: input.apiKey ?? decryptSecret(current.apiKeyEncrypted),
          outbound: options.outbound,
        })
      : null;
  try {
    return await db.$transaction(async (tx) => {
      const provider = await tx.provider.update({
        where: { id: current.id },
        data: {
          name: input.name,
          apiUrl: input.apiUrl,
          status: input.status,
          lowBalanceThreshold: input.lowBalanceThreshold ?? null,
          ...(input.apiKey ? { apiKeyEncrypted: encryptSecret(input.apiKey), apiKeyHint: secretHint(input.apiKey) } : {}),
          ...(probe ? { balance: probe.balance, currency: probe.currency, balanceCheckedAt: new Date() } : {}),
        },
        select: PROVIDER_PUBLIC_FIELDS,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "provider.update",
        objectType: "provider",
        objectId: provider.id,
        before: { name: current.name, apiUrl: current.apiUrl, status: current.status, apiKeyHint: current.apiKeyHint },
        after: { name: provider.name, apiUrl: provider.apiUrl, status: provider.status, apiKeyHint: provider.apiKeyHint },
        ip: actor.ip,
        requestId: actor.requestId,
      });
      return toProviderView(provider);
    });
  } catch (error) {
    if (nameTaken(error)) throw nameConflict();
    throw error;
  }
}
