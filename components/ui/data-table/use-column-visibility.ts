"use client";

import type { ColumnVisibilityState } from "@tanstack/react-table";
import { useCallback, useMemo, useSyncExternalStore } from "react";

type Update = ColumnVisibilityState | ((old: ColumnVisibilityState) => ColumnVisibilityState);

const storageKey = (tableId: string) => `table-columns:${tableId}`;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function readRaw(tableId: string): string {
  try {
    return window.localStorage.getItem(storageKey(tableId)) ?? "";
  } catch {
    return "";
  }
}

/**
 * The person's column choice for one table, kept in this browser. The server (and the first render)
 * shows every column; the saved choice applies once the page is live.
 */
export function useColumnVisibility(tableId: string): [ColumnVisibilityState, (next: Update) => void] {
  const raw = useSyncExternalStore(
    subscribe,
    () => readRaw(tableId),
    () => "",
  );
  const visibility = useMemo(() => parse(raw), [raw]);
  const update = useCallback(
    (next: Update) => {
      const value = typeof next === "function" ? next(parse(readRaw(tableId))) : next;
      try {
        window.localStorage.setItem(storageKey(tableId), JSON.stringify(value));
      } catch {
        // A browser that refuses storage (private mode, full) simply forgets the choice.
      }
      listeners.forEach((listener) => listener());
    },
    [tableId],
  );
  return [visibility, update];
}

function parse(raw: string): ColumnVisibilityState {
  try {
    const parsed: unknown = JSON.parse(raw || "{}");
    if (!parsed || typeof parsed !== "object") return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, boolean] => typeof entry[1] === "boolean"));
  } catch {
    return {};
  }
}
