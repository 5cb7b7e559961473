import { describe, expect, it } from 'vitest';
import { clockTone, countdown, urgentClock } from '../src/lib/sla.js';

const running = { state: 'RUNNING', startedAt: '2026-12-05T01:00:00Z', warnAt: '2026-12-05T04:00:00Z', deadline: '2026-12-05T05:00:00Z' };

describe('SLA countdown colour', () => {
  it('is green while the clock runs before its warning', () => {
    expect(clockTone(running, '2026-12-05T03:59:59Z')).toBe('ok');
  });

  it('turns amber at the warning', () => {
    expect(clockTone(running, '2026-12-05T04:00:00Z')).toBe('warned');
  });

  it('turns red at the deadline', () => {
    expect(clockTone(running, '2026-12-05T05:00:00Z')).toBe('breached');
  });

  it('stays red for a clock that stopped late, grey for one that stopped in time or is paused', () => {
    expect(clockTone({ state: 'STOPPED', breached: true }, '2026-12-05T06:00:00Z')).toBe('breached');
    expect(clockTone({ state: 'STOPPED', breached: false }, '2026-12-05T06:00:00Z')).toBe('done');
    expect(clockTone({ state: 'PAUSED', since: '2026-12-05T02:00:00Z' }, '2026-12-05T06:00:00Z')).toBe('paused');
  });
});

describe('SLA countdown text', () => {
  it('counts the time left in hours and minutes', () => {
    expect(countdown(running, '2026-12-05T03:40:00Z')).toBe('1j 20m');
    expect(countdown(running, '2026-12-05T03:40:00Z', 'en')).toBe('1h 20m');
  });

  it('says how long ago the deadline passed', () => {
    expect(countdown(running, '2026-12-07T07:00:00Z')).toBe('lewat 2h 2j');
  });
});

describe('the clock a row shows', () => {
  it('is the running clock that ends first', () => {
    const sla = {
      FIRST_RESPONSE: { ...running, state: 'STOPPED' },
      VERIFICATION: { ...running, deadline: '2026-12-09T05:00:00Z' },
      FOLLOW_UP: { ...running, deadline: '2026-12-06T05:00:00Z' },
    };
    expect(urgentClock(sla).kind).toBe('FOLLOW_UP');
    expect(urgentClock({})).toBeNull();
  });
});
