/** Minutes as staff read them: "45 menit", "3 jam 20 menit", "2 hari kerja 1 jam" (working days of 8 hours). */
export function describeMinutes(minutes, working, language = 'id') {
  if (minutes === null || minutes === undefined) return '–';
  const words = language === 'en'
    ? { minute: 'min', hour: 'h', day: working ? 'working days' : 'days' }
    : { minute: 'menit', hour: 'jam', day: working ? 'hari kerja' : 'hari' };
  const dayLength = working ? 8 * 60 : 24 * 60;
  const days = Math.floor(minutes / dayLength);
  const hours = Math.floor((minutes % dayLength) / 60);
  const rest = Math.round(minutes % 60);
  const parts = [];
  if (days) parts.push(`${days} ${words.day}`);
  if (hours) parts.push(`${hours} ${words.hour}`);
  if (rest || parts.length === 0) parts.push(`${rest} ${words.minute}`);
  return parts.slice(0, 2).join(' ');
}

/** The pool of complaints no unit holds yet: the report groups them under this key. */
export const TRIAGE_POOL = 'TRIAGE';

/** A report row's label: the unit's name, or for the triage pool what it is rather than its code. */
export function groupLabel(group, triagePoolLabel) {
  return group.key === TRIAGE_POOL ? triagePoolLabel : (group.name ?? group.key);
}

/**
 * The governments a provincial officer can read one at a time, as select options after "all of them";
 * none when the stack serves a single government, which needs no choice.
 */
export function governmentChoices(served, allLabel) {
  if (!Array.isArray(served) || served.length < 2) return [];
  return [['', allLabel], ...served.map((government) => [government.id, `${government.name} (${government.id})`])];
}
