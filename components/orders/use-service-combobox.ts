"use client";

import { useEffect, useId, useMemo, useState, type KeyboardEvent } from "react";
import type { CatalogCategory, CatalogService } from "./catalog-types";
import { firstChoice, searchServices } from "./service-search";

type Options = {
  categories: CatalogCategory[];
  favoriteIds: readonly number[];
  value: number | undefined;
  onChange: (service: CatalogService) => void;
};

/**
 * The picker's state and keys (ARIA 1.2 combobox with a listbox popup): what is typed, whether the
 * list is open, which option is active (aria-activedescendant, kept in view), and ↑/↓, Alt+↓/↑,
 * Enter and Escape on the text box.
 */
export function useServiceCombobox({ categories, favoriteIds, value, onChange }: Options) {
  const listboxId = useId();
  const [query, setQuery] = useState<string | null>(null); // null: not typing, the box shows the chosen service
  const [open, setOpen] = useState(false);
  const [activeId, setActiveId] = useState<number | undefined>(undefined);
  const groups = useMemo(() => searchServices(categories, favoriteIds, query ?? ""), [categories, favoriteIds, query]);
  const flat = useMemo(() => groups.flatMap((group) => group.services), [groups]);
  const optionId = (serviceId: number) => `${listboxId}-option-${serviceId}`;
  const showList = open && flat.length > 0;
  const active = showList ? flat.find((one) => one.id === activeId) : undefined;
  const activeOption = active ? optionId(active.id) : undefined;

  useEffect(() => {
    if (activeOption) document.getElementById(activeOption)?.scrollIntoView({ block: "nearest" });
  }, [activeOption]);

  const openList = () => {
    setOpen(true);
    setActiveId(flat.some((one) => one.id === value) ? value : flat[0]?.id); // start at the chosen service
  };
  const close = () => {
    setOpen(false);
    setQuery(null);
  };
  const choose = (service: CatalogService) => {
    onChange(service);
    setActiveId(service.id);
    close();
  };
  const type = (text: string) => {
    setQuery(text);
    setOpen(true);
    setActiveId(firstChoice(searchServices(categories, favoriteIds, text), text)?.id);
  };
  const move = (step: 1 | -1) => {
    if (!showList) return openList();
    const index = flat.findIndex((one) => one.id === activeId);
    const next = flat[Math.min(Math.max(index + step, 0), flat.length - 1)] ?? flat[0];
    setActiveId(next.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (event.altKey) return event.key === "ArrowDown" ? openList() : close();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter" && showList && active) {
      event.preventDefault(); // choosing is not submitting
      choose(active);
    } else if (event.key === "Escape" && (open || query !== null)) {
      event.preventDefault();
      close();
    }
  };

  return {
    listboxId,
    query,
    open,
    groups,
    flat,
    showList,
    activeId,
    setActiveId,
    activeOption,
    optionId,
    openList,
    close,
    choose,
    type,
    onKeyDown,
  };
}
