"use server";

import { revalidatePath } from "next/cache";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { renameApiKey } from "@/lib/api-keys/rename-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { createKeySchema, keyIdSchema, renameKeySchema } from "@/lib/api-keys/schemas";
import { userAction } from "@/lib/http/action";

/** The whole key goes back to the browser once, in this answer; it is never stored or shown again. */
export const createApiKeyAction = userAction.schema(createKeySchema).action(async ({ name }, { user, ip, requestId }) => {
  const created = await createApiKey(user.id, name, { ip, requestId });
  revalidatePath("/user/api");
  return { id: created.id, name: created.name, prefix: created.prefix, key: created.key };
});

export const renameApiKeyAction = userAction.schema(renameKeySchema).action(async ({ id, name }, { user }) => {
  const renamed = await renameApiKey(user.id, id, name);
  revalidatePath("/user/api");
  return renamed;
});

export const revokeApiKeyAction = userAction.schema(keyIdSchema).action(async ({ id }, { user, ip, requestId }) => {
  const revoked = await revokeApiKey(user.id, id, { ip, requestId });
  revalidatePath("/user/api");
  return revoked;
});
