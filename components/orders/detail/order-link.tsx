/** The order's target: a link when it is a web address, the text as typed otherwise (never a javascript: href). */
export function OrderLinkText({ link }: { link: string }) {
  return /^https?:\/\//i.test(link) ? (
    <a href={link} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-brand-700 hover:underline" data-user-text>
      {link}
    </a>
  ) : (
    <span className="break-all" data-user-text>
      {link}
    </span>
  );
}
