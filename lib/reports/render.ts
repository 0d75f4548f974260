import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import { translatorFor } from '../i18n/translator';
import { forgetGlyphsWithoutText, registerReportFonts, setHyphenationLanguage } from './fonts';
import { ClientReport } from './pdf/client-report';
import { ManagerReport } from './pdf/manager-report';
import type { ReportRequest } from './types';

/**
 * Renders one report to PDF bytes, in this thread. CPU-bound: the app calls it through the worker pool
 * (./pool.ts) so a burst of downloads does not block the event loop; tests and scripts may call it directly.
 */
export async function renderReport(request: ReportRequest): Promise<Uint8Array> {
  registerReportFonts();
  forgetGlyphsWithoutText();
  const locale = request.data.locale;
  // Renders in one thread run one at a time (the pool gives each worker one task), so the global callback is safe.
  setHyphenationLanguage(locale);
  const t = translatorFor(locale);
  const element =
    request.kind === 'client'
      ? createElement(ClientReport, { data: request.data, t })
      : createElement(ManagerReport, { data: request.data, t });
  // renderToBuffer's type wants a <Document> element; both components return one.
  const buffer = await renderToBuffer(element as Parameters<typeof renderToBuffer>[0]);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
