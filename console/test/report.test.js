import { describe, expect, it } from 'vitest';
import { describeMinutes } from '../src/lib/report.js';

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
