/**
 * A button disabled while its action runs loses the focus to the page (the browser's focus fixup: a blur with no
 * target), so a keyboard or screen-reader user would start again at the top (a review found it after "Deellink maken",
 * the language switch and "Stuur me een link"). This gives the focus back to that control once it is enabled again,
 * unless the focus went somewhere meanwhile (a step that moves it on purpose, the user's next click). Once per page, for
 * every control; returns the clean-up.
 */
export function keepFocusThroughDisabling(doc: Document): () => void {
  let lost: HTMLElement | null = null;
  const onFocusOut = (event: FocusEvent) => {
    const target = event.target;
    lost = !event.relatedTarget && target instanceof HTMLElement && target.matches(':disabled') ? target : null;
  };
  const onFocusIn = () => {
    lost = null;
  };
  const observer = new MutationObserver(() => {
    const control = lost;
    if (!control || (control.isConnected && control.matches(':disabled'))) return;
    lost = null;
    if (control.isConnected && (!doc.activeElement || doc.activeElement === doc.body)) control.focus();
  });
  doc.addEventListener('focusout', onFocusOut);
  doc.addEventListener('focusin', onFocusIn);
  // A fieldset's `disabled` enables its controls too.
  observer.observe(doc.body, { attributes: true, attributeFilter: ['disabled'], subtree: true, childList: true });
  return () => {
    observer.disconnect();
    doc.removeEventListener('focusout', onFocusOut);
    doc.removeEventListener('focusin', onFocusIn);
  };
}
