import type { ReactNode } from "react";

/** A whole-screen message with a way on (not found, access denied, an error). */
export function MessagePage({ title, body, children, testId }: { title: string; body: ReactNode; children?: ReactNode; testId?: string }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col items-center justify-center gap-4 px-4 text-center">
      <svg viewBox="0 0 32 32" aria-hidden="true" className="h-10 w-10">
        <rect width="32" height="32" rx="8" className="fill-brand-600" />
        <path
          d="M9 20.5c1.6 1.4 3.8 2.2 6.3 2.2 3.4 0 5.7-1.6 5.7-4.1 0-2.3-1.7-3.3-5-4l-1.6-.4c-1.7-.4-2.4-.9-2.4-1.8 0-1 1-1.7 2.6-1.7 1.5 0 2.9.6 4 1.5l1.8-2.3c-1.5-1.3-3.5-2-5.8-2-3.3 0-5.6 1.8-5.6 4.4 0 2.3 1.6 3.4 4.7 4.1l1.6.4c1.8.4 2.5.9 2.5 1.9 0 1.1-1.1 1.8-2.8 1.8-1.9 0-3.6-.7-5-2Z"
          fill="white"
        />
      </svg>
      <h1 className="text-2xl font-semibold" data-testid={testId}>
        {title}
      </h1>
      <div className="text-slate-600">{body}</div>
      {children}
    </main>
  );
}
