/** Times in WIB (Asia/Jakarta, UTC+7, no daylight saving), dates as "5 Des 2026 08.02". */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const MONTHS = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const pad = (n) => String(n).padStart(2, '0');

function wibParts(instant) {
  const shifted = new Date(new Date(instant).getTime() + WIB_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(), month: shifted.getUTCMonth(), day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes(),
  };
}

export function formatWib(instant, language = 'id') {
  if (!instant) return '';
  const p = wibParts(instant);
  const months = MONTHS[language] ?? MONTHS.id;
  return `${p.day} ${months[p.month]} ${p.year} ${pad(p.hour)}.${pad(p.minute)}`;
}

/** "08.02" for times of today (WIB), the whole date otherwise. */
export function formatWibShort(instant, now, language = 'id') {
  if (!instant) return '';
  const p = wibParts(instant);
  const today = wibParts(now);
  if (p.year === today.year && p.month === today.month && p.day === today.day) {
    return `${pad(p.hour)}.${pad(p.minute)}`;
  }
  return formatWib(instant, language);
}

const UNITS = {
  id: { d: 'h', h: 'j', m: 'm' },
  en: { d: 'd', h: 'h', m: 'm' },
};

/** A span of milliseconds as its two largest parts: "2h 3j", "1j 20m", "45m", "<1m". */
export function formatSpan(ms, language = 'id') {
  const u = UNITS[language] ?? UNITS.id;
  const minutes = Math.floor(Math.abs(ms) / 60000);
  if (minutes < 1) return `<1${u.m}`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return hours > 0 ? `${days}${u.d} ${hours}${u.h}` : `${days}${u.d}`;
  if (hours > 0) return mins > 0 ? `${hours}${u.h} ${mins}${u.m}` : `${hours}${u.h}`;
  return `${mins}${u.m}`;
}

const TARGET_WORDS = {
  id: { calendarHours: 'jam', calendarDays: 'hari', workingHours: 'jam kerja', workingDays: 'hari kerja' },
  en: { calendarHours: ['hour', 'hours'], calendarDays: ['day', 'days'], workingHours: ['working hour', 'working hours'],
    workingDays: ['working day', 'working days'] },
};

/** An SLA target as the settings API writes it ({workingDays: 2}) in words: "2 hari kerja". */
export function describeTarget(target, language = 'id') {
  const [kind, amount] = Object.entries(target ?? {})[0] ?? [];
  const words = (TARGET_WORDS[language] ?? TARGET_WORDS.id)[kind];
  if (words === undefined) return '';
  if (Array.isArray(words)) return `${amount} ${amount === 1 ? words[0] : words[1]}`;
  return `${amount} ${words}`;
}
