"use server";

import { favoriteServiceSchema } from "@/lib/catalog/favorite-schema";
import { setFavoriteService } from "@/lib/catalog/favorite-services";
import { userAction } from "@/lib/http/action";

/** The signed-in customer's own star on a service; nobody can pin for someone else. */
export const setFavoriteServiceAction = userAction
  .schema(favoriteServiceSchema)
  .action(async ({ serviceId, favorite }, { user }) => setFavoriteService(user.id, serviceId, favorite));
