import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const NO_PRISMA = {
  group: ["@/lib/db", "@/lib/db/**", "@prisma/client", "@prisma/client/**"],
  message: "Call a lib/ verb instead of Prisma.",
};
const NO_APP = { group: ["@/app", "@/app/**"], message: "Nothing imports from app/: shared code (server actions, schemas) lives in lib/." };
const NO_INNGEST = {
  group: ["@/inngest", "@/inngest/**"],
  message: "lib/ does not import inngest/: the composition root (instrumentation.ts, app/api/inngest) hands the jobs to lib/.",
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/db/generated/**",
      "tmp/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      // Small files with one purpose (docs/ARCHITECTURE.md): warn past 300 lines.
      "max-lines": ["warn", { max: 300, skipBlankLines: true, skipComments: true }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Env is read once, in lib/env.ts; the app never touches process.env elsewhere.
    files: ["app/**", "components/**", "lib/**", "inngest/**", "middleware.ts"],
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through env() from lib/env.ts." },
      ],
    },
  },
  // Imports point downward: app/ → components/ → lib/; inngest/ is a thin shell over lib/ verbs, and
  // only lib/ talks to the database. lib/ tests may drive routes and job functions end to end.
  {
    files: ["app/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_PRISMA] }] },
  },
  {
    files: ["components/**", "inngest/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_PRISMA, NO_APP] }] },
  },
  {
    files: ["lib/**"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_APP, NO_INNGEST] }] },
  },
  {
    // Our two API v2 servers stand on the shared protocol room (lib/api-v2), not on the provider client.
    // The demo seed is the exception: it imports the demo catalogue the way the panel's client would.
    files: ["lib/reseller-api/**", "lib/demo-provider/**"],
    ignores: ["**/*.test.ts", "lib/demo-provider/seed-demo-provider.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            NO_APP,
            NO_INNGEST,
            {
              group: ["@/lib/providers", "@/lib/providers/**"],
              message: "API v2 servers use lib/api-v2 (the protocol), not the provider client.",
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
];

export default config;
