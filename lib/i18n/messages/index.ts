import bnCatalogAdmin from "./bn.catalog-admin.json";
import bn from "./bn.json";
import enCatalogAdmin from "./en.catalog-admin.json";
import en from "./en.json";

// Messages are split by area (one file per area and language) so areas can grow apart; each file
// holds its own top-level namespaces.
export const MESSAGES = {
  en: { ...en, ...enCatalogAdmin },
  bn: { ...bn, ...bnCatalogAdmin },
} as const;
