/**
 * A field's information that is not an error, in the colours of a notice. The live region is always there (empty and
 * hidden until needed), so a screen reader announces the text when it appears, politely, without interrupting.
 */
export function FieldNotice({ id, notice }: { id: string; notice?: string }) {
  return (
    <p id={id} role="status" className="alert border-sky-200 bg-sky-50 text-sky-900 empty:hidden" data-testid="field-notice">
      {notice}
    </p>
  );
}
