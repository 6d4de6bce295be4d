import clsx from "clsx";

/**
 * The link a customer gave an order: clickable when it is a web address (never a javascript: href),
 * the text as typed otherwise. In a list it is cut short with the whole of it on hover; on the
 * order's own page (`wrap`) it is shown whole.
 */
export function OrderLink({ link, wrap = false }: { link: string; wrap?: boolean }) {
  const shape = wrap ? "break-all" : "inline-block max-w-48 truncate align-bottom";
  if (/^https?:\/\//i.test(link)) {
    return (
      <a
        href={link}
        title={wrap ? undefined : link}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className={clsx(shape, "text-brand-700 hover:underline")}
        data-user-text
      >
        {link}
      </a>
    );
  }
  return (
    <span title={wrap ? undefined : link} className={shape} data-user-text>
      {link}
    </span>
  );
}
