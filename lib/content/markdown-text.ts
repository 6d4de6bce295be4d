const BLOCK_START = /^ {0,3}(#|>|[-*+] |\d+[.)] |\||```|~~~|<|---|\*\*\*|___)/;

/**
 * A page's description for search engines and link previews: the first paragraph of its Markdown as
 * plain text (headings, lists, tables, quotes and code skipped; links reduced to their text), cut to
 * about `max` characters at a word.
 */
export function markdownDescription(markdown: string, max = 160): string {
  const paragraph = markdown
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .find((block) => block !== "" && !BLOCK_START.test(block) && !/^ {4}/.test(block));
  if (!paragraph) return "";
  const text = plainText(paragraph);
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** Inline Markdown as the words a reader sees. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // images: their alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1") // links: their text
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1") // reference links
    .replace(/<[^>]*>/g, "") // raw tags
    .replace(/(\*\*|__|~~|`)/g, "")
    .replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, "$1$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
