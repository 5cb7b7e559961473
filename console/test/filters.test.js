import { describe, expect, it } from 'vitest';
import { apiQuery, filtersFromSearch, keepsRow, searchFromFilters, withFilter } from '../src/lib/filters.js';

describe('filters in the URL', () => {
  it('reads the filters of a shared link', () => {
    expect(filtersFromSearch('?status=NEW&unit=BENCANA&sla=atRisk&q=banjir'))
      .toEqual({ status: 'NEW', unit: 'BENCANA', sla: 'atRisk', q: 'banjir' });
  });

  it('opens the new complaints, newest first, when the URL has no filters', () => {
    expect(filtersFromSearch('')).toEqual({ status: 'NEW', order: 'newest' });
  });

  it('drops unknown SLA states and orders instead of sending them to the API', () => {
    expect(filtersFromSearch('?status=OPEN&sla=soon&order=random')).toEqual({ status: 'OPEN' });
  });

  it('writes filters back in a fixed order, leaving the default queue as a bare path', () => {
    expect(searchFromFilters({ q: 'banjir', unit: 'BENCANA', status: 'NEW' })).toBe('?status=NEW&unit=BENCANA&q=banjir');
    expect(searchFromFilters({ status: 'NEW', order: 'newest' })).toBe('');
  });

  it('survives a round trip through the URL', () => {
    const filters = { status: 'FORWARDED', unit: 'BINA_MARGA_SDA', assignee: 'me', priority: 'HIGH', sla: 'breached', q: 'jalan rusak' };
    expect(filtersFromSearch(searchFromFilters(filters))).toEqual(filters);
  });

  it('removes a filter set to empty', () => {
    expect(withFilter({ status: 'NEW', unit: 'BENCANA' }, 'unit', '')).toEqual({ status: 'NEW' });
  });
});

describe('filters as the staff API query', () => {
  it('maps SLA states to slaAtRisk and leaves out a search too short for the API', () => {
    const query = new URLSearchParams(apiQuery({ status: 'OPEN', sla: 'atRisk', q: 'b' }, null));
    expect(query.get('slaAtRisk')).toBe('true');
    expect(query.has('q')).toBe(false);
    expect(query.get('limit')).toBe('25');
  });

  it('carries the cursor of the next page and the "probably not a complaint" queue', () => {
    const query = new URLSearchParams(apiQuery({ status: 'NEW', suggested: 'notComplaint' }, 'abc.def'));
    expect(query.get('cursor')).toBe('abc.def');
    expect(query.get('suggestedComplaint')).toBe('false');
  });

  it('keeps only breached rows for the breached queue', () => {
    const tone = (row) => row.tone;
    expect(keepsRow({ sla: 'breached' }, { tone: 'warned' }, 0, tone)).toBe(false);
    expect(keepsRow({ sla: 'breached' }, { tone: 'breached' }, 0, tone)).toBe(true);
    expect(keepsRow({ sla: 'atRisk' }, { tone: 'warned' }, 0, tone)).toBe(true);
  });
});
