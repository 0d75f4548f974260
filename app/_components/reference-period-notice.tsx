/**
 * Above a questionnaire for someone on sick leave (lib/intake/reference-period.ts): which period the questions about
 * work are about. The coach's live intake and the client's "measure again" word it each their own way.
 */
export function ReferencePeriodNotice({ title, body, className = '' }: { title: string; body: string; className?: string }) {
  return (
    <aside
      className={`rounded-md border border-sky-300 bg-sky-50 p-4 text-sky-950 ${className}`}
      aria-labelledby="period-title"
      data-testid="reference-period"
    >
      <h2 id="period-title" className="text-base font-semibold">
        {title}
      </h2>
      <p className="mt-1">{body}</p>
    </aside>
  );
}
