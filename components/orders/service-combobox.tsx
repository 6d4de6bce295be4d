"use client";

import clsx from "clsx";
import { useTranslations } from "next-intl";
import type { Ref } from "react";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import { localDigits } from "@/lib/i18n/local-digits";
import type { CatalogCategory, CatalogService } from "./catalog-types";
import { ServiceListbox } from "./service-listbox";
import { useServiceCombobox } from "./use-service-combobox";

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
  const combo = useServiceCombobox({ categories, favoriteIds, value, onChange });
  const { listboxId, query, open, groups, flat, showList, activeId, setActiveId, activeOption, optionId, openList, close, choose } = combo;
  const selected = categories.flatMap((category) => category.services).find((one) => one.id === value);

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
          onChange={(event) => combo.type(event.target.value)}
          onFocus={(event) => event.target.select()}
          onClick={openList}
          onBlur={() => {
            close();
            onBlur?.();
          }}
          onKeyDown={combo.onKeyDown}
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
        <ServiceListbox
          id={listboxId}
          label={label}
          groups={groups}
          shown={showList}
          optionId={optionId}
          activeId={activeId}
          value={value}
          favoriteIds={favoriteIds}
          onChoose={choose}
          onHover={setActiveId}
          onToggleFavorite={onToggleFavorite}
          prefs={prefs}
          locale={locale}
        />
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
