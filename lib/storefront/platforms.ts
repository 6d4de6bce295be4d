/** The platforms a panel's categories are usually named after (their names: storefront.platforms.names). */
export const PLATFORMS = [
  { key: "facebook", pattern: /\b(facebook|fb)\b/ },
  { key: "instagram", pattern: /\b(instagram|insta|ig)\b/ },
  { key: "tiktok", pattern: /\b(tiktok|tik tok)\b/ },
  { key: "youtube", pattern: /\b(youtube|yt)\b/ },
  { key: "telegram", pattern: /\btelegram\b/ },
  { key: "twitter", pattern: /\b(twitter|tweets?)\b|\bx\.com\b|^x\b/ },
  { key: "whatsapp", pattern: /\bwhatsapp\b/ },
  { key: "linkedin", pattern: /\blinkedin\b/ },
  { key: "threads", pattern: /\bthreads\b/ },
  { key: "spotify", pattern: /\bspotify\b/ },
  { key: "website", pattern: /\b(website|web traffic|traffic)\b/ },
] as const;

export type PlatformKey = (typeof PLATFORMS)[number]["key"];

/** The platform a category is for, read from its name ("Facebook Page Likes" → facebook); null when none fits. */
export function platformOf(categoryName: string): PlatformKey | null {
  const text = categoryName.toLowerCase().trim();
  return PLATFORMS.find((platform) => platform.pattern.test(text))?.key ?? null;
}
