"use client";

import clsx from "clsx";
import { useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useState, type KeyboardEvent, type Ref } from "react";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import { localDigits } from "@/lib/i18n/local-digits";
import type { CatalogCategory, CatalogService } from "./catalog-types";
import { ServiceOption } from "./service-option";
import { firstChoice, searchServices } from "./service-search";

type Props = {
  id: string;
  label: string;
  categories: CatalogCategory[];
  favoriteIds: readonly number[];
  value: number | undefined;
  onChange: (service: CatalogService) => void;
  onBlur?: () => void;
  onToggleFavorite: (serviceId: number) => void;
  inputRef?: Ref<HTMLInputElement>;
  error?: string;
  prefs: DisplayPrefs;
  locale: string;
};

/**
 * A searchable service picker (the ARIA 1.2 combobox with a listbox popup): type a name or an id,
 * move with ↑/↓, choose with Enter or a click, close with Escape. Options are grouped (favourites, then
 * categories); focus stays in the text box and the active option is aria-activedescendant.
 */
export function ServiceCombobox(props: Props) {
  const { id, label, categories, favoriteIds, value, onChange, onBlur, onToggleFavorite, inputRef, error, prefs, locale } = props;
  const t = useTranslations("ordering.picker");
  const listboxId = useId();
  const [query, setQuery] = useState<string | null>(null); // null: not typing, the box shows the chosen service
  const [open, setOpen] = useState(false);
  const [activeId, setActiveId] = useState<number | undefined>(undefined);
  const groups = useMemo(() => searchServices(categories, favoriteIds, query ?? ""), [categories, favoriteIds, query]);
  const flat = useMemo(() => groups.flatMap((group) => group.services), [groups]);
  const selected = useMemo(() => categories.flatMap((category) => category.services).find((one) => one.id === value), [categories, value]);
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

  const shown = query ?? (selected ? `${localDigits(String(selected.id), locale)} · ${selected.name}` : "");
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <div className="relative">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : hintId}
          autoComplete="off"
          spellCheck={false}
          placeholder={t("placeholder")}
          value={shown}
          data-user-text
          onChange={(event) => {
            const text = event.target.value;
            setQuery(text);
            setOpen(true);
            setActiveId(firstChoice(searchServices(categories, favoriteIds, text), text)?.id);
          }}
          onFocus={(event) => event.target.select()}
          onClick={openList}
          onBlur={() => {
            close();
            onBlur?.();
          }}
          onKeyDown={onKeyDown}
          className={clsx(
            "block w-full rounded-md border bg-white py-2 pr-10 pl-3 text-sm shadow-sm focus:ring-2 focus:ring-brand-500 focus:outline-none",
            error ? "border-red-500" : "border-slate-300",
          )}
        />
        <button
          type="button"
          tabIndex={-1}
          aria-label={t("showAll")}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            document.getElementById(id)?.focus();
            if (showList) close();
            else openList();
          }}
          className="absolute inset-y-0 right-0 flex w-10 items-center justify-center text-slate-500 hover:text-slate-800"
        >
          <span aria-hidden="true">▾</span>
        </button>
        <ul
          id={listboxId}
          role="listbox"
          aria-label={label}
          hidden={!showList}
          onMouseDown={(event) => event.preventDefault()} // keeps focus (and the list) while clicking
          className="absolute z-30 mt-1 max-h-96 w-full overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {showList
            ? groups.map((group) => (
                <li key={group.key} role="presentation">
                  <div
                    id={`${listboxId}-group-${group.key}`}
                    role="presentation"
                    className="sticky top-0 z-10 bg-slate-50 px-3 py-1 text-xs font-semibold tracking-wide text-slate-600 uppercase"
                    data-user-text={group.name === null ? undefined : true}
                  >
                    {group.name ?? t("favorites")}
                  </div>
                  <ul role="group" aria-labelledby={`${listboxId}-group-${group.key}`}>
                    {group.services.map((service) => (
                      <ServiceOption
                        key={service.id}
                        id={optionId(service.id)}
                        service={service}
                        active={service.id === activeId}
                        selected={service.id === value}
                        favorite={favoriteIds.includes(service.id)}
                        onChoose={() => choose(service)}
                        onHover={() => setActiveId(service.id)}
                        onToggleFavorite={() => onToggleFavorite(service.id)}
                        prefs={prefs}
                        locale={locale}
                      />
                    ))}
                  </ul>
                </li>
              ))
            : null}
        </ul>
      </div>
      {error ? (
        <p id={errorId} className="text-xs text-red-600 first-letter:uppercase">
          {error}
        </p>
      ) : (
        <p id={hintId} className="text-xs text-slate-500" aria-live="polite">
          {open && query ? t("results", { count: flat.length }) : t("hint")}
        </p>
      )}
    </div>
  );
}
