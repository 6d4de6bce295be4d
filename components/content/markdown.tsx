import clsx from "clsx";
import type { ComponentPropsWithoutRef } from "react";
import ReactMarkdown, { type Components, type ExtraProps } from "react-markdown";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";

// Markdown written by the panel's staff (the storefront pages), shown to anyone. No "use client": a
// server component renders it to HTML and ships none of this code; the admin's live preview (a client
// component) renders the very same component. What it does to stay inert:
// - raw HTML is never rendered: every HTML tag in the Markdown becomes visible text (remarkHtmlAsText);
// - URLs keep only http(s), mailto and tel, or stay relative (safeUrl): javascript:, data:, vbscript: … are dropped;
// - rehype-sanitize (GitHub's allow-list) then checks every element and attribute once more;
// - links leaving the site open apart with rel="noopener nofollow ugc".

type MdNode = { type: string; value?: string; children?: MdNode[] };
/** Where a block of raw HTML stands on its own (not inside a paragraph): its text gets a paragraph. */
const FLOW_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

/** A remark plugin: raw HTML (block or inline) becomes the text it was written as. */
function remarkHtmlAsText() {
  const walk = (node: MdNode) => {
    node.children = node.children?.map((child) => {
      if (child.type !== "html") {
        walk(child);
        return child;
      }
      const text = { type: "text", value: child.value ?? "" };
      return FLOW_PARENTS.has(node.type) ? { type: "paragraph", children: [text] } : text;
    });
  };
  return (tree: MdNode) => walk(tree);
}

const SAFE_PROTOCOL = /^(https?|mailto|tel)$/i;

/** A URL from the Markdown, or "" when it is not safe to follow: relative, http(s), mailto or tel only. */
export function safeUrl(url: string): string {
  const value = url.trim();
  const colon = value.indexOf(":");
  // No scheme before the first "/", "?" or "#": a relative URL.
  if (colon === -1 || /[/?#]/.test(value.slice(0, colon))) return value;
  return SAFE_PROTOCOL.test(value.slice(0, colon)) ? value : "";
}

const isExternal = (href: string) => /^(https?:)?\/\//i.test(href);

const SCHEMA = {
  ...defaultSchema,
  // remark-rehype already prefixes the ids it makes (footnotes) with "user-content-", and the Markdown
  // cannot write ids of its own: a second prefix would only break the footnote links.
  clobberPrefix: "",
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto", "tel"], src: ["http", "https"] },
};

type Props<Tag extends keyof React.JSX.IntrinsicElements> = ComponentPropsWithoutRef<Tag> & ExtraProps;

/** The element styles (no typography plugin: a small set for what pages hold — headings, lists, links, tables). */
const COMPONENTS: Components = {
  // The page's own title is its only h1: a "#" in the Markdown is a section like "##".
  h1: ({ node: _node, className, ...props }: Props<"h1">) => (
    <h2 className={clsx("mt-8 mb-3 text-xl font-semibold text-slate-900 first:mt-0", className)} {...props} />
  ),
  h2: ({ node: _node, className, ...props }: Props<"h2">) => (
    <h2 className={clsx("mt-8 mb-3 text-xl font-semibold text-slate-900 first:mt-0", className)} {...props} />
  ),
  h3: ({ node: _node, ...props }: Props<"h3">) => <h3 className="mt-6 mb-2 text-lg font-semibold text-slate-900 first:mt-0" {...props} />,
  h4: ({ node: _node, ...props }: Props<"h4">) => <h4 className="mt-5 mb-2 font-semibold text-slate-900 first:mt-0" {...props} />,
  h5: ({ node: _node, ...props }: Props<"h5">) => <h5 className="mt-4 mb-2 font-semibold text-slate-900 first:mt-0" {...props} />,
  h6: ({ node: _node, ...props }: Props<"h6">) => <h6 className="mt-4 mb-2 font-semibold text-slate-700 first:mt-0" {...props} />,
  p: ({ node: _node, ...props }: Props<"p">) => <p className="my-3 leading-7 first:mt-0 last:mb-0" {...props} />,
  ul: ({ node: _node, className, ...props }: Props<"ul">) => (
    <ul className={clsx("my-3 space-y-1", className === "contains-task-list" ? "list-none pl-1" : "list-disc pl-6")} {...props} />
  ),
  ol: ({ node: _node, className, ...props }: Props<"ol">) => (
    <ol className={clsx("my-3 list-decimal space-y-1 pl-6", className)} {...props} />
  ),
  li: ({ node: _node, className: _className, ...props }: Props<"li">) => <li className="leading-7 marker:text-slate-400" {...props} />,
  // A task list's box is a mark, not a control nobody can use (and that would need a label).
  input: ({ checked }: Props<"input">) => <span className="mr-1 text-slate-500">{checked ? "☑" : "☐"}</span>,
  a: ({ node: _node, href, children, ...props }: Props<"a">) => {
    // An unsafe URL was emptied by safeUrl: the words stay, the link goes.
    if (!href) return <span>{children}</span>;
    const external = isExternal(href);
    return (
      <a
        {...props}
        href={href}
        className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-600"
        {...(external ? { target: "_blank", rel: "noopener nofollow ugc" } : {})}
      >
        {children}
      </a>
    );
  },
  blockquote: ({ node: _node, ...props }: Props<"blockquote">) => (
    <blockquote className="my-4 border-l-4 border-slate-200 pl-4 text-slate-600" {...props} />
  ),
  hr: ({ node: _node, ...props }: Props<"hr">) => <hr className="my-8 border-slate-200" {...props} />,
  strong: ({ node: _node, ...props }: Props<"strong">) => <strong className="font-semibold text-slate-900" {...props} />,
  code: ({ node: _node, className, ...props }: Props<"code">) => (
    <code className={clsx("rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] text-slate-800", className)} {...props} />
  ),
  pre: ({ node: _node, ...props }: Props<"pre">) => (
    <pre
      className="my-4 overflow-x-auto rounded-md bg-slate-900 p-4 text-sm text-slate-100 [&_code]:bg-transparent [&_code]:p-0 [&_code]:text-inherit"
      {...props}
    />
  ),
  // A wide table scrolls inside its own box: the page never scrolls sideways.
  table: ({ node: _node, ...props }: Props<"table">) => (
    <div className="my-4 overflow-x-auto rounded-md border border-slate-200">
      <table className="min-w-full border-collapse text-left text-sm" {...props} />
    </div>
  ),
  thead: ({ node: _node, ...props }: Props<"thead">) => <thead className="bg-slate-50" {...props} />,
  th: ({ node: _node, ...props }: Props<"th">) => (
    <th className="border-b border-slate-200 px-3 py-2 font-semibold text-slate-900" {...props} />
  ),
  td: ({ node: _node, ...props }: Props<"td">) => <td className="border-t border-slate-100 px-3 py-2 align-top" {...props} />,
  img: ({ node: _node, src, alt, ...props }: Props<"img">) =>
    src ? (
      // eslint-disable-next-line @next/next/no-img-element -- any size from anywhere the page links; next/image needs known hosts
      <img {...props} src={src} alt={alt ?? ""} loading="lazy" className="my-4 h-auto max-w-full rounded-md" />
    ) : (
      <span>{alt}</span>
    ),
};

const FOOTNOTE_LABELS = {
  en: { footnoteLabel: "Footnotes", footnoteBackLabel: "Back to the text" },
  bn: { footnoteLabel: "পাদটীকা", footnoteBackLabel: "লেখায় ফিরে যান" },
} as const;

/**
 * Markdown (GitHub-flavoured: tables, task lists, strikethrough, autolinks, footnotes) as sanitised,
 * styled HTML. `locale` is the language the text is written in (its `lang`, and the footnotes' labels).
 */
export function Markdown({
  markdown,
  locale = "en",
  className,
  testId,
}: {
  markdown: string;
  locale?: "en" | "bn";
  className?: string;
  testId?: string;
}) {
  return (
    <div lang={locale} data-testid={testId} className={clsx("min-w-0 text-base wrap-break-word text-slate-700", className)}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm, remarkHtmlAsText]}
        remarkRehypeOptions={FOOTNOTE_LABELS[locale]}
        rehypePlugins={[[rehypeSanitize, SCHEMA]]}
        urlTransform={safeUrl}
        components={COMPONENTS}
      >
        {markdown}
      </ReactMarkdown>
    </div>
  );
}
