import { describe, expect, it } from 'vitest';
import { homeworkInboxHref, parseHomeworkInbox } from './inbox';

describe('the homework lists across clients', () => {
  it('reads the list and the page from the query string, anything malformed as the defaults', () => {
    expect(parseHomeworkInbox({})).toEqual({ list: 'submitted', page: 1 });
    expect(parseHomeworkInbox({ list: 'overdue', page: '3' })).toEqual({ list: 'overdue', page: 3 });
    expect(parseHomeworkInbox({ list: ['overdue', 'submitted'], page: ['2'] })).toEqual({ list: 'overdue', page: 2 });
    expect(parseHomeworkInbox({ list: 'all', page: '-1' })).toEqual({ list: 'submitted', page: 1 });
    expect(parseHomeworkInbox({ list: '', page: 'x' })).toEqual({ list: 'submitted', page: 1 });
  });

  it('links with the defaults left out', () => {
    expect(homeworkInboxHref('submitted')).toBe('/homework');
    expect(homeworkInboxHref('submitted', 2)).toBe('/homework?page=2');
    expect(homeworkInboxHref('overdue')).toBe('/homework?list=overdue');
    expect(homeworkInboxHref('overdue', 3)).toBe('/homework?list=overdue&page=3');
  });
});
