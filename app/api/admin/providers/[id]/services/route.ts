import { z } from "zod";
import { providerServiceChoices } from "@/lib/catalog/provider-service-choices";
import { route } from "@/lib/http/route";

/** The provider's live service list for the import screen. */
export const GET = route(
  { auth: { permission: "catalog.manage" }, params: z.object({ id: z.string().min(1).max(64) }) },
  async ({ params }) => providerServiceChoices(params.id),
);
