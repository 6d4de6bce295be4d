import bnApi from "./bn.api.json";
import bnCatalogAdmin from "./bn.catalog-admin.json";
import bnComplaints from "./bn.complaints.json";
import bnConsole from "./bn.console.json";
import bn from "./bn.json";
import bnOrdersAdmin from "./bn.orders-admin.json";
import bnOrders from "./bn.orders.json";
import bnOwnerConsole from "./bn.owner-console.json";
import enApi from "./en.api.json";
import bnPayments from "./bn.payments.json";
import bnProviderHealth from "./bn.provider-health.json";
import enCatalogAdmin from "./en.catalog-admin.json";
import enComplaints from "./en.complaints.json";
import enConsole from "./en.console.json";
import en from "./en.json";
import enOrdersAdmin from "./en.orders-admin.json";
import enOrders from "./en.orders.json";
import enOwnerConsole from "./en.owner-console.json";
import enPayments from "./en.payments.json";
import enProviderHealth from "./en.provider-health.json";
import enValidation from "./en.validation.json";
import enStored from "./en.stored.json";
import bnStored from "./bn.stored.json";
import bnTable from "./bn.table.json";
import enTable from "./en.table.json";
import bnValidation from "./bn.validation.json";
import enFeedback from "./en.feedback.json";
import bnFeedback from "./bn.feedback.json";
import enOrdering from "./en.ordering.json";
import bnOrdering from "./bn.ordering.json";
import enPricing from "./en.pricing.json";
import bnPricing from "./bn.pricing.json";
import enCustomerPages from "./en.customer-pages.json";
import enAdminHistory from "./en.admin-history.json";
import bnAdminHistory from "./bn.admin-history.json";
import enAdminTables from "./en.admin-tables.json";
import bnAdminTables from "./bn.admin-tables.json";
import bnCustomerPages from "./bn.customer-pages.json";
import enMoreTables from "./en.more-tables.json";
import bnMoreTables from "./bn.more-tables.json";
import enBrand from "./en.brand.json";
import bnBrand from "./bn.brand.json";
import enContent from "./en.content.json";
import bnContent from "./bn.content.json";
import enAnnouncements from "./en.announcements.json";
import bnAnnouncements from "./bn.announcements.json";
import enStorefront from "./en.storefront.json";
import enSecurity from "./en.security.json";
import bnSecurity from "./bn.security.json";
import bnStorefront from "./bn.storefront.json";
import enAffiliates from "./en.affiliates.json";
import bnAffiliates from "./bn.affiliates.json";
import enActing from "./en.acting.json";
import bnActing from "./bn.acting.json";
import enTracked from "./en.tracked.json";
import bnTracked from "./bn.tracked.json";

// Messages are split by area (one file per area and language) so areas can grow apart; each file
// holds its own top-level namespaces.
export const MESSAGES = {
  en: {
    ...en,
    ...enApi,
    ...enCatalogAdmin,
    ...enComplaints,
    ...enConsole,
    ...enOrders,
    ...enOrdersAdmin,
    ...enPayments,
    ...enProviderHealth,
    ...enValidation,
    ...enStored,
    ...enOwnerConsole,
    ...enTable,
    ...enFeedback,
    ...enOrdering,
    ...enPricing,
    ...enCustomerPages,
    ...enAdminHistory,
    ...enMoreTables,
    ...enAdminTables,
    ...enBrand,
    ...enContent,
    ...enAnnouncements,
    ...enStorefront,
    ...enSecurity,
    ...enAffiliates,
    ...enActing,
    ...enTracked,
  },
  bn: {
    ...bn,
    ...bnApi,
    ...bnCatalogAdmin,
    ...bnComplaints,
    ...bnConsole,
    ...bnOrders,
    ...bnOrdersAdmin,
    ...bnPayments,
    ...bnProviderHealth,
    ...bnValidation,
    ...bnStored,
    ...bnOwnerConsole,
    ...bnTable,
    ...bnFeedback,
    ...bnOrdering,
    ...bnPricing,
    ...bnCustomerPages,
    ...bnBrand,
    ...bnContent,
    ...bnAnnouncements,
    ...bnStorefront,
    ...bnSecurity,
    ...bnAffiliates,
    ...bnActing,
    ...bnAdminHistory,
    ...bnMoreTables,
    ...bnAdminTables,
    ...bnTracked,
  },
} as const;
