/** The platforms a panel's categories are usually named after, in the order the storefront prefers. */
export const PLATFORMS = [
  { key: "facebook", name: "Facebook", pattern: /\b(facebook|fb)\b/ },
  { key: "instagram", name: "Instagram", pattern: /\b(instagram|insta|ig)\b/ },
  { key: "tiktok", name: "TikTok", pattern: /\b(tiktok|tik tok)\b/ },
  { key: "youtube", name: "YouTube", pattern: /\b(youtube|yt)\b/ },
  { key: "telegram", name: "Telegram", pattern: /\btelegram\b/ },
  { key: "twitter", name: "X (Twitter)", pattern: /\b(twitter|tweets?)\b|\bx\.com\b|^x\b/ },
  { key: "whatsapp", name: "WhatsApp", pattern: /\bwhatsapp\b/ },
  { key: "linkedin", name: "LinkedIn", pattern: /\blinkedin\b/ },
  { key: "threads", name: "Threads", pattern: /\bthreads\b/ },
  { key: "spotify", name: "Spotify", pattern: /\bspotify\b/ },
  { key: "website", name: "Website traffic", pattern: /\b(website|web traffic|traffic)\b/ },
] as const;

export type PlatformKey = (typeof PLATFORMS)[number]["key"];

/** The platform a category is for, read from its name ("Facebook Page Likes" → facebook); null when none fits. */
export function platformOf(categoryName: string): PlatformKey | null {
  const text = categoryName.toLowerCase().trim();
  return PLATFORMS.find((platform) => platform.pattern.test(text))?.key ?? null;
}
