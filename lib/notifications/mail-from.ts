/**
 * The From header: MAIL_FROM's address with the panel's name (brand settings) as the display name, so
 * renaming the panel renames its mail without a redeploy. The name is quoted, and characters that could
 * end the header or the quoting (line breaks, quotes, angle brackets, backslashes) are dropped.
 */
export function mailFrom(configured: string, panelName: string): string {
  const address = (/<([^<>]*)>\s*$/.exec(configured)?.[1] ?? configured).trim();
  const name = panelName
    .replace(/[\u0000-\u001f\u007f"\\<>]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return name ? `"${name}" <${address}>` : address;
}
