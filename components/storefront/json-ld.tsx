import { requestNonce } from "@/lib/http/request-nonce";
import { jsonLdText } from "@/lib/storefront/seo";

/** Structured data for search engines (a data block, never run), with the page's nonce so the CSP admits it. */
export async function JsonLd({ data }: { data: Record<string, unknown> }) {
  const nonce = await requestNonce();
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
