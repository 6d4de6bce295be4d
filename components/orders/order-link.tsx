/** The link a customer gave an order: clickable when it is a web address, cut short with the whole of it on hover. */
export function OrderLink({ link }: { link: string }) {
  if (/^https?:\/\//i.test(link)) {
    return (
      <a
        href={link}
        title={link}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className="inline-block max-w-48 truncate align-bottom text-brand-700 hover:underline"
        data-user-text
      >
        {link}
      </a>
    );
  }
  return (
    <span title={link} className="inline-block max-w-48 truncate align-bottom" data-user-text>
      {link}
    </span>
  );
}
