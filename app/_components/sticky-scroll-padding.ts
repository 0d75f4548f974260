'use client';

import { type RefObject, useEffect } from 'react';

/**
 * Keeps what gets the keyboard focus out from under a sticky bar at the top (WCAG 2.4.11): the page's scroll padding
 * follows the bar's height while the bar is on screen, so the browser scrolls a focused field into view below it.
 * A bar taller than 40 % of the screen (large text on a phone) would hide more than it helps: it gets `data-tall`, which
 * its classes turn into `static` (WCAG 1.4.10), and then it covers nothing.
 */
export function useStickyScrollPadding(bar: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    // A bar that is not sticky (a short screen: 400 % zoom, a phone held sideways) covers nothing: no padding then.
    const apply = () => {
      element.toggleAttribute('data-tall', element.offsetHeight > window.innerHeight * 0.4);
      root.style.scrollPaddingTop = getComputedStyle(element).position === 'sticky' ? `${element.offsetHeight + 8}px` : '';
    };
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(element);
    window.addEventListener('resize', apply);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', apply);
      root.style.scrollPaddingTop = '';
    };
  }, [bar]);
}
