import { formatSpan } from './time.js';

/**
 * The colour of an SLA clock: green while it runs unwarned, amber once warned, red once breached;
 * grey when paused or stopped in time, red when it stopped late.
 */
export function clockTone(clock, now) {
  if (!clock) return 'none';
  const at = new Date(now).getTime();
  if (clock.state === 'RUNNING') {
    if (at >= Date.parse(clock.deadline)) return 'breached';
    if (at >= Date.parse(clock.warnAt)) return 'warned';
    return 'ok';
  }
  if (clock.state === 'STOPPED') return clock.breached ? 'breached' : 'done';
  return 'paused';
}

/** The clock that matters most for a row: the running one that ends first, else none. */
export function urgentClock(sla) {
  const running = Object.entries(sla ?? {})
    .filter(([, clock]) => clock.state === 'RUNNING')
    .sort(([, a], [, b]) => Date.parse(a.deadline) - Date.parse(b.deadline));
  if (running.length === 0) return null;
  const [kind, clock] = running[0];
  return { kind, ...clock };
}

/** "1j 20m" left, or "lewat 2j" once past the deadline. */
export function countdown(clock, now, language = 'id') {
  if (!clock || clock.state !== 'RUNNING') return '';
  const left = Date.parse(clock.deadline) - new Date(now).getTime();
  const span = formatSpan(left, language);
  if (left > 0) return span;
  return language === 'en' ? `${span} overdue` : `lewat ${span}`;
}
