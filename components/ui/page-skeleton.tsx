/** Shown while a signed-in page loads its data: the shape of a title and a card, never a blank screen. */
export function PageSkeleton({ label }: { label: string }) {
  return (
    <div className="space-y-6" role="status" aria-live="polite">
      <span className="sr-only">{label}</span>
      <div className="h-7 w-48 animate-pulse rounded bg-slate-200" />
      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        {[0, 1, 2, 3].map((row) => (
          <div key={row} className="h-4 animate-pulse rounded bg-slate-100" style={{ width: `${90 - row * 12}%` }} />
        ))}
      </div>
    </div>
  );
}
