'use client';

import { useTranslations } from 'next-intl';
import { type ClipboardEvent, type FormEvent, useEffect, useState } from 'react';

/** The counter shows from this share of the limit on: until then the field keeps its height (no jump on a phone). */
const COUNTER_FROM = 0.9;

type Editable = { value: string; selectionStart: number | null; selectionEnd: number | null };

/**
 * Whether pasting `pasted` over the field's selection goes past `max`: the browser then keeps the first `max`
 * characters and drops the rest without a word (the field's `maxLength`). Windows line ends count once, as in a field.
 */
export function pasteIsCut(field: Editable, pasted: string, max: number): boolean {
  const selected = Math.max(0, (field.selectionEnd ?? field.value.length) - (field.selectionStart ?? field.value.length));
  return field.value.length - selected + pasted.replace(/\r\n/g, '\n').length > max;
}

/** The counter's text: empty below COUNTER_FROM, then "1.850 van de 2.000 tekens", then that the limit is reached. */
function useCounterText(length: number, max: number | null, cut: boolean): string {
  const t = useTranslations('common');
  if (max === null || length < Math.ceil(max * COUNTER_FROM)) return '';
  if (length < max) return t('characterCount', { count: length, max });
  return cut ? t('characterPasteCut', { max }) : t('characterLimitReached', { max });
}

/**
 * A text field's limit, near it: a counter under the field (its id goes in the field's aria-describedby), read out
 * politely a moment after typing stops, and a word when pasted text was cut off at the limit.
 *
 *   const limit = useCharacterLimit(id, value, 2000); // null: no limit, no counter
 *   <textarea {...limit.fieldProps} aria-describedby={`${hintId} ${limit.counterId}`} … />
 *   {limit.counter}
 */
export function useCharacterLimit(id: string, value: string, max: number | null) {
  const [cut, setCut] = useState(false);
  const counterId = `${id}-count`;
  const text = useCounterText(value.length, max, cut);
  // What is there on arrival is not news: only changes are read out.
  const [spoken, setSpoken] = useState(text);
  // Polite and after a pause: not every keystroke near the limit is read out.
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(text), text ? 1000 : 0);
    return () => clearTimeout(timer);
  }, [text]);
  return {
    counterId,
    fieldProps: {
      maxLength: max ?? undefined,
      onPaste: (event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        setCut(max !== null && pasteIsCut(event.currentTarget, event.clipboardData.getData('text'), max)),
      // Typing or deleting after a cut paste: the word about the paste has had its moment.
      onInput: (event: FormEvent<HTMLInputElement | HTMLTextAreaElement>) => {
        if ((event.nativeEvent as InputEvent).inputType !== 'insertFromPaste') setCut(false);
      },
    },
    counter: (
      <>
        <p id={counterId} className="field-hint empty:hidden" data-testid="character-count">
          {text}
        </p>
        <span className="sr-only" aria-live="polite">
          {spoken}
        </span>
      </>
    ),
  };
}
