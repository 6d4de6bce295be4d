import { CopyButton } from "@/components/api-keys/copy-button";

export function CodeBlock({ code, title }: { code: string; title?: string }) {
  return (
    <div className="overflow-hidden rounded-md border border-slate-200">
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 bg-slate-50 px-3 py-1.5">
        <span className="text-xs font-medium text-slate-600">{title ?? ""}</span>
        <CopyButton text={code} />
      </div>
      {/* Focusable, so a keyboard can scroll a long line (a region that scrolls must be reachable). */}
      <pre
        tabIndex={0}
        className="overflow-x-auto bg-slate-900 p-3 text-xs leading-relaxed text-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500"
      >
        <code>{code}</code>
      </pre>
    </div>
  );
}
