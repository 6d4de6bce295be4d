import Link from "next/link";

/** A table's empty state: one sentence saying why, and the next step as a link when there is one. */
export function EmptyState({ text, action }: { text: string; action?: { href: string; label: string } }) {
  return (
    <p className="text-sm text-slate-500">
      {text}
      {action ? (
        <>
          {" "}
          <Link href={action.href} className="font-medium whitespace-nowrap text-brand-700 hover:underline">
            {action.label} →
          </Link>
        </>
      ) : null}
    </p>
  );
}
