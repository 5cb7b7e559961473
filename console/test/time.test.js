import { describe, expect, it } from 'vitest';
import { describeTarget, formatSpan, formatWib, formatWibShort } from '../src/lib/time.js';

describe('WIB dates', () => {
  it('writes an instant in Jakarta time as "5 Des 2026 08.02"', () => {
    expect(formatWib('2026-12-05T01:02:00Z')).toBe('5 Des 2026 08.02');
  });

  it('moves to the next day in Jakarta after 17.00 UTC', () => {
    expect(formatWib('2026-12-31T17:30:00Z')).toBe('1 Jan 2027 00.30');
  });

  it('uses English month names in English', () => {
    expect(formatWib('2026-08-05T03:20:00Z', 'en')).toBe('5 Aug 2026 10.20');
  });

  it('shows only the time for today', () => {
    expect(formatWibShort('2026-12-05T01:02:00Z', '2026-12-05T09:00:00Z')).toBe('08.02');
    expect(formatWibShort('2026-12-04T01:02:00Z', '2026-12-05T09:00:00Z')).toBe('4 Des 2026 08.02');
  });
});

describe('durations', () => {
  it('keeps the two largest parts', () => {
    expect(formatSpan(((2 * 24 + 3) * 60 + 15) * 60000)).toBe('2h 3j');
    expect(formatSpan(45 * 60000)).toBe('45m');
    expect(formatSpan(20 * 1000)).toBe('<1m');
  });
});

describe('working-time wording', () => {
  it('says when a target counts working time', () => {
    expect(describeTarget({ workingDays: 2 })).toBe('2 hari kerja');
    expect(describeTarget({ workingHours: 4 })).toBe('4 jam kerja');
    expect(describeTarget({ calendarHours: 1 })).toBe('1 jam');
    expect(describeTarget({ calendarDays: 60 })).toBe('60 hari');
  });

  it('says it in English too', () => {
    expect(describeTarget({ workingDays: 1 }, 'en')).toBe('1 working day');
    expect(describeTarget({ workingDays: 5 }, 'en')).toBe('5 working days');
  });
});
