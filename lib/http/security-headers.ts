/**
 * The headers every page is served with. The Content-Security-Policy carries a fresh nonce per request:
 * Next reads it from the request's own CSP header and puts it on the scripts it renders, so only those
 * run ('strict-dynamic' lets them load the app's chunks). Styles allow inline (React style attributes);
 * images may come from UploadThing's file hosts. No page may be framed.
 */
export function pageSecurityHeaders(nonce: string, options: { development: boolean; uploadIngest?: string }): Record<string, string> {
  // Browsers send complaint images straight to UploadThing's ingest servers.
  const ingest = options.uploadIngest ? new URL(options.uploadIngest).origin : "https://*.ingest.uploadthing.com";
  const policy = [
    "default-src 'self'",
    // Next's dev overlay and fast refresh evaluate code; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://utfs.io https://*.ufs.sh",
    "font-src 'self'",
    `connect-src 'self'${options.development ? " ws: wss:" : ""} ${ingest} https://uploadthing.com`,
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
  return {
    "Content-Security-Policy": policy,
    // Ignored by browsers over plain http (local development), kept for two years over https.
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  };
}

/** 128 random bits, base64: a CSP nonce. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
