"use client";

import { useTranslations } from "next-intl";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import type { CatalogService } from "./catalog-types";
import { ServiceOption } from "./service-option";
import type { ServiceGroup } from "./service-search";

type Props = {
  id: string;
  label: string;
  groups: ServiceGroup[];
  shown: boolean;
  optionId: (serviceId: number) => string;
  activeId: number | undefined;
  value: number | undefined;
  favoriteIds: readonly number[];
  onChoose: (service: CatalogService) => void;
  onHover: (serviceId: number) => void;
  onToggleFavorite: (serviceId: number) => void;
  prefs: DisplayPrefs;
  locale: string;
};

/** The picker's popup: a listbox of groups (favourites, then categories), each a labelled group of options. */
export function ServiceListbox({
  id,
  label,
  groups,
  shown,
  optionId,
  activeId,
  value,
  favoriteIds,
  onChoose,
  onHover,
  onToggleFavorite,
  prefs,
  locale,
}: Props) {
  const t = useTranslations("ordering.picker");
  return (
    <ul
      id={id}
      role="listbox"
      aria-label={label}
      hidden={!shown}
      onMouseDown={(event) => event.preventDefault()} // keeps focus (and the list) while clicking
      className="absolute z-30 mt-1 max-h-96 w-full overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
    >
      {shown
        ? groups.map((group) => (
            <li key={group.key} role="presentation">
              <div
                id={`${id}-group-${group.key}`}
                role="presentation"
                className="sticky top-0 z-10 bg-slate-50 px-3 py-1 text-xs font-semibold tracking-wide text-slate-600 uppercase"
                data-user-text={group.name === null ? undefined : true}
              >
                {group.name ?? t("favorites")}
              </div>
              <ul role="group" aria-labelledby={`${id}-group-${group.key}`}>
                {group.services.map((service) => (
                  <ServiceOption
                    key={service.id}
                    id={optionId(service.id)}
                    service={service}
                    active={service.id === activeId}
                    selected={service.id === value}
                    favorite={favoriteIds.includes(service.id)}
                    onChoose={() => onChoose(service)}
                    onHover={() => onHover(service.id)}
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
  );
}
