// The API v2 reference shown on /api: every action, its parameters and an example answer. Example
// values are illustrative; the shapes and words are exactly what /api/v2 answers.

export type ActionDoc = { action: string; textKey: string; params: string[]; example: unknown };

export const ACTION_DOCS: ActionDoc[] = [
  {
    action: "services",
    textKey: "services",
    params: [],
    example: [
      {
        service: 1,
        name: "Instagram Followers | Real Mixed | Refill 30 Days",
        type: "Default",
        category: "Instagram Followers",
        rate: "152.5000",
        min: "10",
        max: "100000",
        refill: true,
        cancel: true,
        dripfeed: false,
        desc: "",
      },
      {
        service: 14,
        name: "Instagram Custom Comments",
        type: "Custom Comments",
        category: "Instagram Comments",
        rate: "1464.0000",
        min: "5",
        max: "1000",
        refill: false,
        cancel: false,
        dripfeed: false,
        desc: "",
      },
    ],
  },
  {
    action: "add",
    textKey: "add",
    params: ["service", "link", "quantity", "runs (optional)", "interval (optional)", "…type fields"],
    example: { order: 23501 },
  },
  {
    action: "status",
    textKey: "status",
    params: ["order"],
    example: { charge: "152.5000", start_count: "3572", status: "Partial", remains: "157", currency: "BDT" },
  },
  {
    action: "status",
    textKey: "statusMulti",
    params: ["orders (e.g. 1,10,100)"],
    example: {
      "1": { charge: "152.5000", start_count: "3572", status: "Partial", remains: "157", currency: "BDT" },
      "10": { error: "Incorrect order ID" },
      "100": { charge: "12.2000", start_count: "0", status: "In progress", remains: "10", currency: "BDT" },
    },
  },
  {
    action: "refill",
    textKey: "refill",
    params: ["order", "or orders (e.g. 1,2)"],
    example: [
      { order: 1, refill: "cm3x9refill01" },
      { order: 2, refill: { error: "Order not eligible for refill: its service has no refill" } },
    ],
  },
  {
    action: "refill_status",
    textKey: "refillStatus",
    params: ["refill", "or refills (e.g. id1,id2)"],
    example: [
      { refill: "cm3x9refill01", status: "Completed" },
      { refill: "cm3x9refill02", status: { error: "Refill not found" } },
    ],
  },
  {
    action: "cancel",
    textKey: "cancel",
    params: ["orders (e.g. 1,2)"],
    example: [
      { order: 1, cancel: 1 },
      { order: 2, cancel: { error: "Order cannot be canceled: its service cannot be canceled" } },
    ],
  },
  { action: "balance", textKey: "balance", params: [], example: { balance: "4847.5000", currency: "BDT" } },
];

export const ERROR_TEXTS = [
  "Invalid API key",
  "Incorrect request",
  "Incorrect service ID",
  "Service temporarily unavailable",
  "Incorrect link",
  "Incorrect quantity",
  "Quantity less than minimal 10",
  "Quantity more than maximal 100000",
  "Not enough funds on balance",
  "Confirm your e-mail address before placing orders (…)",
  "Duplicate order: The same order (#23501) was placed less than a minute ago. …",
  "Incorrect order ID",
  "Too many ids: at most 100 per request",
  "Order not eligible for refill: …",
  "Order already has an open refill request",
  "Refill not found",
  "Order cannot be canceled: …",
  "Too many requests: rate limit exceeded",
];
