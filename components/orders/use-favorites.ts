"use client";

import { useState } from "react";
import { setFavoriteServiceAction } from "@/lib/actions/user/favorites";

/**
 * The customer's favourite services on the order form: the star changes at once, the server is told,
 * and a refusal puts the star back and says so (`onFailure`).
 */
export function useFavorites(initial: readonly number[], onFailure: () => void) {
  const [favoriteIds, setFavoriteIds] = useState<number[]>(() => [...initial]);
  const [saving, setSaving] = useState<number[]>([]); // stars whose change the server has not confirmed yet
  const toggle = async (serviceId: number) => {
    if (saving.includes(serviceId)) return;
    const favorite = !favoriteIds.includes(serviceId);
    const apply = (on: boolean) =>
      setFavoriteIds((ids) => (on ? [serviceId, ...ids.filter((id) => id !== serviceId)] : ids.filter((id) => id !== serviceId)));
    apply(favorite);
    setSaving((ids) => [...ids, serviceId]);
    const result = await setFavoriteServiceAction({ serviceId, favorite }).catch(() => null);
    setSaving((ids) => ids.filter((id) => id !== serviceId));
    if (!result?.success) {
      apply(!favorite);
      onFailure();
    }
  };
  return { favoriteIds, saving, toggle };
}
