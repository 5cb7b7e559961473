/**
 * The inbox filters live in the URL's query (/?status=NEW&unit=BENCANA&sla=atRisk&q=banjir), so that a
 * queue can be shared and the back button works. These turn the URL into filters, filters into the
 * URL, and filters into the staff API's query.
 */
export const FILTER_NAMES = ['status', 'unit', 'assignee', 'priority', 'channel', 'sla', 'q', 'order', 'suggested'];
const SLA_STATES = ['atRisk', 'breached'];
const ORDERS = ['newest', 'oldest'];

export const DEFAULT_FILTERS = Object.freeze({ status: 'NEW', order: 'newest' });

export function filtersFromSearch(search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name);
    if (value !== null && value.trim() !== '') filters[name] = value.trim();
  }
  if (filters.sla && !SLA_STATES.includes(filters.sla)) delete filters.sla;
  if (filters.order && !ORDERS.includes(filters.order)) delete filters.order;
  if (Object.keys(filters).length === 0) return { ...DEFAULT_FILTERS };
  return filters;
}

/** The query string for the URL ("" for the default queue); names in a fixed order, empty ones left out. */
export function searchFromFilters(filters) {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value !== undefined && value !== null && String(value).trim() !== '') params.set(name, String(value).trim());
  }
  const text = params.toString();
  const defaults = new URLSearchParams(DEFAULT_FILTERS).toString();
  if (text === defaults) return '';
  return text ? `?${text}` : '';
}

/** GET /complaints parameters for the filters; a search shorter than the API's 2 characters is left out. */
export function apiQuery(filters, cursor, limit = 25) {
  const params = new URLSearchParams();
  for (const name of ['status', 'unit', 'assignee', 'priority', 'channel', 'order']) {
    if (filters[name]) params.set(name, filters[name]);
  }
  if (filters.q && filters.q.length >= 2) params.set('q', filters.q);
  if (filters.sla) params.set('slaAtRisk', 'true');
  if (filters.suggested === 'notComplaint') params.set('suggestedComplaint', 'false');
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return params.toString();
}

/** A filter changed: the new filters, with "" or null removing it. */
export function withFilter(filters, name, value) {
  const next = { ...filters };
  if (value === undefined || value === null || value === '') delete next[name];
  else next[name] = value;
  return next;
}

/** The API has no "breached" filter: at-risk rows are asked for and the breached ones kept here. */
export function keepsRow(filters, row, now, toneOf) {
  return filters.sla !== 'breached' || toneOf(row, now) === 'breached';
}
