import { describe, expect, it } from 'vitest';
import { describeMinutes, governmentChoices, groupLabel } from '../src/lib/report.js';

describe('describeMinutes', () => {
  it('counts working days of eight hours', () => {
    expect(describeMinutes(8 * 60 * 2 + 60, true)).toBe('2 hari kerja 1 jam');
  });
  it('counts calendar days of twenty-four hours', () => {
    expect(describeMinutes(24 * 60 + 30, false)).toBe('1 hari 30 menit');
  });
  it('keeps the two largest parts', () => {
    expect(describeMinutes(8 * 60 + 61, true)).toBe('1 hari kerja 1 jam');
  });
  it('says minutes under an hour and a dash for nothing', () => {
    expect(describeMinutes(45, true)).toBe('45 menit');
    expect(describeMinutes(null, true)).toBe('–');
  });
  it('speaks English on request', () => {
    expect(describeMinutes(130, false, 'en')).toBe('2 h 10 min');
  });
});

describe('groupLabel', () => {
  it('names the triage pool for what it is, not by its code', () => {
    expect(groupLabel({ key: 'TRIAGE', name: 'TRIAGE' }, 'Tim media sosial')).toBe('Tim media sosial');
  });
  it('names a unit by its name, or its code when it has none', () => {
    expect(groupLabel({ key: 'PERHUBUNGAN', name: 'Dinas Perhubungan' }, 'x')).toBe('Dinas Perhubungan');
    expect(groupLabel({ key: 'Jalan rusak' }, 'x')).toBe('Jalan rusak');
  });
});

describe('governmentChoices', () => {
  it('offers every government after all of them', () => {
    expect(governmentChoices([{ id: '32.73', name: 'Kota Bandung' }, { id: '32.05', name: 'Kabupaten Garut' }], 'Semua'))
      .toEqual([['', 'Semua'], ['32.73', 'Kota Bandung (32.73)'], ['32.05', 'Kabupaten Garut (32.05)']]);
  });
  it('offers no choice on a stack serving one government, or an answer naming none', () => {
    expect(governmentChoices([{ id: '32.73', name: 'Kota Bandung' }], 'Semua')).toEqual([]);
    expect(governmentChoices(undefined, 'Semua')).toEqual([]);
  });
});
