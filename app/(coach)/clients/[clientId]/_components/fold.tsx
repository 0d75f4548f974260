'use client';

import { type ReactNode, useEffect, useRef, useState } from 'react';

type Props = { summary: string; className: string; summaryClassName: string; preload: () => void; children: ReactNode };

/**
 * A `<details>` whose content mounts when it is first opened: a form inside loads its code (react-hook-form and zod)
 * only then, and starts loading it when the pointer or the keyboard focus reaches the summary, so it is there by the
 * click. Focus stays on the summary; once opened the content stays mounted, so closing and reopening keeps what was typed.
 */
export function Fold({ summary, className, summaryClassName, preload, children }: Props) {
  const [opened, setOpened] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // Opened before this component hydrated (it loads as a lazy chunk): the toggle event came before React listened.
  useEffect(() => {
    if (details.current?.open) setOpened(true);
  }, []);
  return (
    <details ref={details} className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a summary is the details' own button (keyboard and pointer); these handlers only preload code. */}
      <summary className={summaryClassName} onPointerEnter={preload} onFocus={preload}>
        {summary}
      </summary>
      {opened && children}
    </details>
  );
}
