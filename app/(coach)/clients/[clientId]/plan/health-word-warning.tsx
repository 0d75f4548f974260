'use client';

import { findHealthWords } from '@/lib/plans/health-words';
import { HealthWordNotice } from './health-word-notice';

/** A warning, not a refusal: the employer wording names a health word (both languages are checked), as it is typed. */
export function HealthWordWarning({ text }: { text: string }) {
  return <HealthWordNotice words={text.trim() ? findHealthWords(text) : []} />;
}
