/** A category's name in the reader's language: its Bengali name in Bengali, else the one name it has. */
export function categoryLabel(category: { name: string; nameBn: string | null }, locale: string): string {
  return locale === "bn" && category.nameBn ? category.nameBn : category.name;
}

/**
 * How the walk over Bengali pages treats the name: a name shown in the reader's language is checked;
 * the owner's own English name (no Bengali given) is the owner's words.
 */
export function categoryLabelMark(category: { nameBn: string | null }, locale: string) {
  return locale === "bn" && !category.nameBn ? { "data-user-text": "" } : {};
}
