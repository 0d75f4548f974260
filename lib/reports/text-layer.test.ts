import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { clientReportFixture } from '@/lib/testing/report-fixtures';
import { renderReport } from './render';

// A file of its own: fontkit's glyph cache lives as long as the worker, so no other report may print "ı" before these.
describe('the text layer of a later report in the same worker', { timeout: 60_000 }, () => {
  it('keeps “ı” after a report without it (the dotless i is also a part of “i”)', async () => {
    await renderReport({ kind: 'client', data: clientReportFixture('nl') });
    const bytes = await renderReport({
      kind: 'client',
      data: clientReportFixture('nl', { client: { name: 'Ayşe Yılmaz', initials: 'AY' } }),
    });
    const { text } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true });
    expect(text).toContain('Voor Ayşe Yılmaz');
  });
});
