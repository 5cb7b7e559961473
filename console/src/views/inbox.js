import { h, replace, select } from '../lib/dom.js';
import { apiQuery, filtersFromSearch, keepsRow, searchFromFilters, withFilter } from '../lib/filters.js';
import { CHANNELS, PRIORITIES, STATUSES, currentLanguage, t, word } from '../lib/i18n.js';
import { clockTone, countdown, urgentClock } from '../lib/sla.js';
import { formatSpan, formatWib } from '../lib/time.js';
import { CHANNEL_ICONS, icon } from '../lib/icons.js';

const POLL_MILLIS = 20_000;
const TICK_MILLIS = 15_000;
const QUEUES = ['NEW', 'NEEDS_INFO', 'VERIFIED', 'FORWARDED', 'IN_PROGRESS', 'RESOLVED'];

function rowTone(row, now) {
  return clockTone(urgentClock(row.sla), now);
}

/**
 * The left and middle panes: queues with counts, filters (all in the URL), and the list of complaints,
 * a page at a time with the API's cursor. It polls for new complaints and ticks the SLA countdowns.
 */
export class Inbox {
  constructor(app) {
    this.app = app;
    this.filters = null;
    this.rows = [];
    this.cursor = null;
    this.pages = 0;
    this.selected = -1;
    this.openCode = null;
    this.counts = null;
    this.poller = setInterval(() => this.poll(), POLL_MILLIS);
    this.ticker = setInterval(() => this.tick(), TICK_MILLIS);
  }

  stop() {
    clearInterval(this.poller);
    clearInterval(this.ticker);
  }

  async show(search, openCode) {
    const filters = filtersFromSearch(search);
    const changed = JSON.stringify(filters) !== JSON.stringify(this.filters) || !this.app.list.hasChildNodes();
    this.filters = filters;
    this.openCode = openCode;
    this.app.searchBox.value = filters.q ?? '';
    if (changed) {
      this.renderSidebar();
      await Promise.all([this.loadFirstPage(), this.loadCounts()]);
    } else {
      this.markOpen();
    }
  }

  linkTo(filters) {
    return `/${searchFromFilters(filters)}`;
  }

  setFilter(name, value) {
    return this.app.navigate(this.linkTo(withFilter(this.filters, name, value)));
  }

  async loadCounts() {
    let counts;
    try {
      counts = await this.app.api.counts();
    } catch {
      counts = null;
    }
    const changed = JSON.stringify(counts) !== JSON.stringify(this.counts);
    this.counts = counts;
    if (changed || !this.app.sidebar.hasChildNodes()) this.renderSidebar();
    const badge = this.app.breachBadge;
    const breached = this.counts?.slaBreached ?? 0;
    badge.hidden = !(breached > 0);
    badge.textContent = `⚠ ${breached} ${t('breached').toLowerCase()}`;
  }

  async fetchPage(cursor) {
    const page = await this.app.api.complaints(apiQuery(this.filters, cursor));
    const now = Date.now();
    return { rows: page.complaints.filter((row) => keepsRow(this.filters, row, now, rowTone)), cursor: page.nextCursor ?? null };
  }

  async loadFirstPage() {
    replace(this.app.list, h('p', { class: 'muted pad' }, t('loading')));
    try {
      const page = await this.fetchPage(null);
      this.rows = page.rows;
      this.cursor = page.cursor;
      this.pages = 1;
      this.selected = this.rows.findIndex((row) => row.trackingCode === this.openCode);
      this.renderList();
    } catch (error) {
      replace(this.app.list, h('p', { class: 'form-error pad', role: 'alert' }, error.message));
    }
  }

  async loadMore() {
    if (!this.cursor) return;
    const page = await this.fetchPage(this.cursor);
    this.rows = this.rows.concat(page.rows.filter((row) => !this.rows.some((known) => known.id === row.id)));
    this.cursor = page.cursor;
    this.pages += 1;
    this.renderList();
  }

  /** New complaints appear by themselves while only the first page is shown; otherwise a button offers them. */
  async poll() {
    if (document.hidden) return;
    this.loadCounts();
    let page;
    try {
      page = await this.fetchPage(null);
    } catch {
      return;
    }
    const fresh = page.rows.filter((row) => !this.rows.some((known) => known.id === row.id));
    const changed = fresh.length > 0 || page.rows.some((row) => {
      const known = this.rows.find((k) => k.id === row.id);
      return known && known.version !== row.version;
    });
    if (!changed) return;
    if (this.pages <= 1) {
      const selectedCode = this.rows[this.selected]?.trackingCode;
      this.rows = page.rows;
      this.cursor = page.cursor;
      this.selected = this.rows.findIndex((row) => row.trackingCode === (selectedCode ?? this.openCode));
      this.renderList();
    } else if (fresh.length > 0) {
      this.app.list.querySelector('.new-arrivals').hidden = false;
    }
  }

  tick() {
    const now = Date.now();
    for (const element of document.querySelectorAll('[data-deadline]')) {
      const clock = { state: 'RUNNING', deadline: element.dataset.deadline, warnAt: element.dataset.warnAt };
      element.className = `countdown tone-${clockTone(clock, now)}`;
      element.querySelector('.countdown-text').textContent = countdown(clock, now, currentLanguage());
    }
  }

  renderSidebar() {
    const f = this.filters;
    const count = (status) => this.counts?.byStatus?.[status];
    const queueLink = (label, filters, active, number) => h('li', {},
      h('a', { href: this.linkTo(filters), 'data-route': '', 'aria-current': active ? 'page' : null, class: 'queue' },
        h('span', {}, label), number === undefined || number === null ? null : h('span', { class: 'count' }, String(number))));
    const base = { order: f.order };
    const queues = h('ul', { class: 'queues' },
      QUEUES.map((status) => queueLink(word('status', status), { ...base, status },
        f.status === status && !f.sla && !f.assignee && !f.suggested, count(status))),
      this.counts?.notComplaintSuggested !== undefined
        ? queueLink(t('notComplaint'), { ...base, status: 'NEW', suggested: 'notComplaint' }, f.suggested === 'notComplaint',
          this.counts.notComplaintSuggested) : null,
      queueLink(t('mine'), { ...base, status: 'OPEN', assignee: 'me' }, f.assignee === 'me', undefined),
      queueLink(t('atRisk'), { ...base, status: 'OPEN', sla: 'atRisk' }, f.sla === 'atRisk', this.counts?.slaAtRisk),
      queueLink(t('breached'), { ...base, status: 'OPEN', sla: 'breached' }, f.sla === 'breached', this.counts?.slaBreached));
    const staffUnit = this.app.staff.unit && !['admin', 'triage'].includes(this.app.staff.role);
    const filterSelect = (name, label, options) => {
      const control = select(name, [['', t('all')], ...options], f[name] ?? '',
        { onchange: (event) => this.setFilter(name, event.target.value) });
      control.id = `filter-${name}`;
      return h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
    };
    const filters = h('details', { class: 'filters', open: window.matchMedia?.('(min-width: 900px)').matches },
      h('summary', {}, t('filters')),
      filterSelect('status', t('status'), [['OPEN', t('open')], ...STATUSES.map((s) => [s, word('status', s)])]),
      staffUnit ? null : filterSelect('unit', t('unit'), this.app.units.map((u) => [u.code, u.name])),
      filterSelect('priority', t('priority'), PRIORITIES.map((p) => [p, word('priority', p)])),
      filterSelect('channel', t('channel'), CHANNELS.map((c) => [c, word('channel', c)])),
      filterSelect('sla', t('sla'), [['atRisk', t('atRisk')], ['breached', t('breached')]]),
      filterSelect('order', t('order'), [['newest', t('newest')], ['oldest', t('oldest')]]));
    replace(this.app.sidebar, h('h2', { class: 'sr-only' }, t('queues')), queues, filters);
  }

  renderList() {
    const now = Date.now();
    const language = currentLanguage();
    const items = this.rows.map((row, index) => {
      const clock = urgentClock(row.sla);
      const tone = clockTone(clock, now);
      const firstLine = (row.text ?? '').split('\n')[0];
      const link = h('a', {
        href: `/aduan/${row.trackingCode}${searchFromFilters(this.filters)}`, 'data-route': '', class: 'row-link',
        'aria-current': row.trackingCode === this.openCode ? 'true' : null,
      },
      h('span', { class: 'row-top' },
        h('span', { class: 'code' }, row.trackingCode),
        h('span', { class: 'channel', title: word('channel', row.channel) }, icon(CHANNEL_ICONS[row.channel]),
          h('span', { class: 'sr-only' }, word('channel', row.channel))),
        h('span', { class: `priority priority-${row.priority}` }, word('priority', row.priority)),
        clock ? h('span', { class: `countdown tone-${tone}`, 'data-deadline': clock.deadline, 'data-warn-at': clock.warnAt,
          title: `${word('clock', clock.kind)}: ${t('deadline')} ${formatWib(clock.deadline, language)}` },
        icon('clock'), h('span', { class: 'sr-only' }, `${word('clock', clock.kind)} `),
        h('span', { class: 'countdown-text' }, countdown(clock, now, language))) : null),
      h('span', { class: 'first-line' }, row.reporter?.username ? h('b', {}, `@${row.reporter.username}: `) : null, firstLine),
      h('span', { class: 'row-meta' },
        row.unit ? h('span', {}, row.unit.name)
          : h('span', {}, row.triage?.unit ? `${t('suggested')}: ${this.app.unitName(row.triage.unit)}` : t('noUnit')),
        h('span', {}, row.assignee?.name ?? row.assignee?.id ?? t('unassigned')),
        h('span', { title: formatWib(row.receivedAt, language) }, `${t('ageLabel')} ${formatSpan(now - Date.parse(row.receivedAt), language)}`),
        row.triage?.complaint === false ? h('span', { class: 'tag' }, t('notComplaint')) : null));
      return h('li', { class: index === this.selected ? 'selected' : '' }, link);
    });
    const newArrivals = h('button', { type: 'button', class: 'new-arrivals', hidden: true, onclick: () => this.loadFirstPage() },
      t('newArrived'));
    replace(this.app.list,
      h('h2', { class: 'list-title' }, this.title(), h('button', { type: 'button', class: 'filter-toggle link',
        'aria-controls': 'filters', onclick: () => this.app.workspace.classList.toggle('show-sidebar') }, t('filters'))),
      newArrivals,
      items.length === 0 ? h('p', { class: 'muted pad' }, t('noComplaints')) : h('ul', { class: 'rows' }, items),
      this.cursor ? h('button', { type: 'button', class: 'load-more', onclick: () => this.loadMore() }, t('loadMore')) : null);
  }

  title() {
    const f = this.filters;
    if (f.assignee === 'me') return t('mine');
    if (f.sla) return t(f.sla);
    if (f.suggested) return t('notComplaint');
    if (f.status === 'OPEN') return t('open');
    return f.status ? f.status.split(',').map((s) => word('status', s)).join(', ') : t('inbox');
  }

  markOpen() {
    const links = this.app.list.querySelectorAll('.row-link');
    links.forEach((link) => {
      const current = link.getAttribute('href').startsWith(`/aduan/${this.openCode}`) && this.openCode;
      if (current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    });
  }

  /** j, k and Enter: move the selection through the list, open the selected complaint. */
  command(command) {
    if (this.rows.length === 0) return false;
    if (command === 'open') {
      if (this.selected < 0) return false;
      this.app.navigate(`/aduan/${this.rows[this.selected].trackingCode}${searchFromFilters(this.filters)}`);
      return true;
    }
    const step = command === 'next' ? 1 : -1;
    this.selected = Math.max(0, Math.min(this.rows.length - 1, this.selected + step));
    const items = this.app.list.querySelectorAll('.rows > li');
    items.forEach((item, index) => item.classList.toggle('selected', index === this.selected));
    const link = items[this.selected]?.querySelector('a');
    link?.focus();
    link?.scrollIntoView({ block: 'nearest' });
    return true;
  }
}
