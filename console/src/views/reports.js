import { field, h, replace, select } from '../lib/dom.js';
import { currentLanguage, t } from '../lib/i18n.js';
import { describeMinutes, governmentChoices, groupLabel } from '../lib/report.js';
import { figuresOnly } from '../lib/session.js';

const AGE_BANDS = ['UNDER_ONE_DAY', 'ONE_TO_THREE_DAYS', 'THREE_TO_SEVEN_DAYS', 'OVER_SEVEN_DAYS'];

/**
 * /laporan: the figures of GET /reports/summary for a window, as charts leadership reads at a glance
 * (response times, SLA compliance per unit, the backlog by age). Bars are plain elements with their
 * numbers written beside them, so they read without colour and without a chart library.
 */
export async function renderReports(app, container) {
  const today = new Date();
  const monthAgo = new Date(today.getTime() - 30 * 86_400_000);
  const from = h('input', { type: 'date', name: 'from', value: isoDay(monthAgo), required: true });
  const to = h('input', { type: 'date', name: 'to', value: isoDay(new Date(today.getTime() + 86_400_000)), required: true });
  const groupBy = select('groupBy', [['unit', t('unit')], ['category', t('category')]], 'unit');
  const body = h('div', { class: 'report-body', 'aria-live': 'polite' });
  // Filled once the first answer lists the governments a provincial officer may read one at a time.
  const governmentSlot = h('div', { class: 'report-government' });
  let government = null;
  const form = h('form', { class: 'report-window', onsubmit: (event) => { event.preventDefault(); load(); } },
    field(t('reportFrom'), from), field(t('reportTo'), to), field(t('reportGroupBy'), groupBy), governmentSlot,
    h('button', { type: 'submit', class: 'primary' }, t('reportShow')));
  // The provincial office has no inbox to go back to: the reports page is all the console shows it.
  const back = figuresOnly(app.staff) ? null : h('a', { class: 'back', href: '/', 'data-route': '' }, `← ${t('inbox')}`);
  replace(container, h('div', { class: 'reports' }, back, h('h1', {}, t('reports')), form, body));

  async function load() {
    replace(body, h('p', { class: 'muted' }, t('loading')));
    try {
      const query = new URLSearchParams({ from: from.value, to: to.value, groupBy: groupBy.value });
      if (government?.value) query.set('tenant', government.value);
      const summary = await app.api.reports(query.toString());
      offerGovernments(summary.served);
      renderSummary(body, summary);
    } catch (error) {
      replace(body, h('p', { class: 'form-error' }, error.message));
    }
  }
  function offerGovernments(served) {
    const choices = governmentChoices(served, t('reportAllGovernments'));
    if (government || choices.length === 0) return;
    government = select('tenant', choices, '');
    replace(governmentSlot, field(t('reportGovernment'), government));
  }
  await load();
}

function renderSummary(body, summary) {
  const total = summary.total;
  replace(body,
    h('section', { class: 'report-cards', 'aria-label': t('reportTotals') },
      ['received', 'verified', 'forwarded', 'resolved', 'closed', 'reopened'].map((name) =>
        h('div', { class: 'card' }, h('span', { class: 'muted' }, t(`report_${name}`)), h('strong', {}, String(total[name] ?? 0))))),
    h('section', {}, h('h2', {}, t('reportResponseTimes')), responseTimes(total)),
    h('section', {}, h('h2', {}, t('reportSlaPerGroup')), slaPerGroup(summary.groups)),
    h('section', {}, h('h2', {}, t('reportBacklog')), backlog(total.backlogByAge ?? {})));
}

function responseTimes(total) {
  const rows = [
    [t('reportFirstResponse'), total.firstResponse],
    [t('reportResolution'), total.resolution],
  ];
  const longest = Math.max(1, ...rows.flatMap(([, d]) => [d?.workingP90Minutes ?? 0, d?.workingP50Minutes ?? 0]));
  return h('table', { class: 'report-table' },
    h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', {}, 'p50'), h('th', {}, 'p90'), h('th', {}, t('reportCount')))),
    h('tbody', {}, rows.map(([label, d]) => h('tr', {},
      h('th', { scope: 'row' }, label),
      h('td', {}, bar((d?.workingP50Minutes ?? 0) / longest, describeMinutes(d?.workingP50Minutes, true, currentLanguage()))),
      h('td', {}, bar((d?.workingP90Minutes ?? 0) / longest, describeMinutes(d?.workingP90Minutes, true, currentLanguage()))),
      h('td', {}, String(d?.count ?? 0))))));
}

function slaPerGroup(groups) {
  if (!groups?.length) return h('p', { class: 'muted' }, t('reportNothing'));
  return h('table', { class: 'report-table' },
    h('thead', {}, h('tr', {}, h('th', {}, t('unit')), h('th', {}, t('reportOnTime')), h('th', {}, t('reportBreached')), h('th', {}, t('reportRunning')))),
    h('tbody', {}, groups.map((group) => {
      const counts = Object.values(group.sla ?? {}).reduce((sum, c) => ({
        met: sum.met + c.met, breached: sum.breached + c.breached, running: sum.running + c.running }), { met: 0, breached: 0, running: 0 });
      const decided = counts.met + counts.breached;
      const share = decided === 0 ? null : counts.met / decided;
      return h('tr', {},
        h('th', { scope: 'row' }, groupLabel(group, t('reportTriagePool'))),
        h('td', {}, share === null ? '–' : bar(share, `${Math.round(share * 100)}%`, share < 0.8 ? 'bar-late' : 'bar-ok')),
        h('td', {}, String(counts.breached)), h('td', {}, String(counts.running)));
    })));
}

function backlog(bands) {
  const largest = Math.max(1, ...AGE_BANDS.map((band) => bands[band] ?? 0));
  return h('table', { class: 'report-table' }, h('tbody', {}, AGE_BANDS.map((band) => h('tr', {},
    h('th', { scope: 'row' }, t(`age_${band}`)), h('td', {}, bar((bands[band] ?? 0) / largest, String(bands[band] ?? 0)))))));
}

function bar(share, label, tone = 'bar-ok') {
  const fill = h('span', { class: 'bar-fill' });
  // Set through the CSSOM, which the console's Content-Security-Policy allows (a style attribute it would not).
  fill.style.width = `${(Math.max(0, Math.min(1, share)) * 100).toFixed(1)}%`;
  return h('span', { class: 'bar-cell' }, h('span', { class: `bar ${tone}`, 'aria-hidden': 'true' }, fill),
    h('span', { class: 'bar-label' }, label));
}

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}
