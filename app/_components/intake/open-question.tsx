import { useTranslations } from 'next-intl';
import { memo } from 'react';
import { useCharacterLimit } from '@/app/_components/form-character-count';
import type { FormOpenQuestion } from '@/lib/intake/form-instrument';
import { ANSWER_TEXT_MAX } from '@/lib/intake/limits';
import { type QuestionHandlers, type QuestionMode, type QuestionProblem, QuestionProblemText } from './scale-question';

type Props = {
  question: FormOpenQuestion;
  index: number;
  mode: QuestionMode;
  text: string;
  current: boolean;
  problem: QuestionProblem | null;
  handlers: QuestionHandlers;
};

/** An open question: the client's own words, saved as they are typed. */
export const OpenQuestion = memo(function OpenQuestion({ question, index, mode, text, current, problem, handlers }: Props) {
  const t = useTranslations('intake');
  const id = `open-${question.key}`;
  const limit = useCharacterLimit(id, text, ANSWER_TEXT_MAX);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the question's container catches the keyboard shortcuts of the fields inside it; the fields themselves are buttons and inputs.
    <div
      id={`step-${question.key}`}
      data-step={question.key}
      data-current={current || undefined}
      onFocus={() => handlers.focus(index)}
      className="field question"
    >
      <label htmlFor={id} className="text-base font-medium text-slate-900">
        {question.text}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {mode === 'coach' ? t('ownWordsHintCoach') : t('ownWordsHintClient')}
      </p>
      <textarea
        id={id}
        data-open={question.key}
        className="input min-h-28"
        value={text}
        {...limit.fieldProps}
        aria-describedby={`${id}-hint ${limit.counterId}${problem ? ` ${id}-error` : ''}`}
        aria-invalid={problem?.tone === 'error' ? true : undefined}
        onChange={(e) => handlers.text(question.key, e.target.value)}
        onKeyDown={(event) => handlers.openKeyDown(index, event)}
      />
      {limit.counter}
      {problem && <QuestionProblemText id={`${id}-error`} problem={problem} />}
    </div>
  );
});
