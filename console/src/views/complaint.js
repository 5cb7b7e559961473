import { field, h, replace, select } from '../lib/dom.js';
import { dmCounter } from '../lib/bytes.js';
import { PRIORITIES, currentLanguage, t, word } from '../lib/i18n.js';
import { clockTone, countdown } from '../lib/sla.js';
import { formatWib } from '../lib/time.js';
import { actorOf, describeEvent, replyFate } from '../lib/timeline.js';
import { authenticityLines } from '../lib/authenticity.js';
import { BYTE_COUNTED_METHODS, PUBLIC_REPLY_CHAR_LIMIT, fillTemplate } from '../lib/templates.js';
import { filtersFromSearch, searchFromFilters } from '../lib/filters.js';
import { CHANNEL_ICONS, icon } from '../lib/icons.js';

/** Actions shown as buttons; notes and replies have their own boxes. */
const BUTTON_ACTIONS = ['VERIFY', 'ASK_FOR_INFORMATION', 'FORWARD', 'REROUTE', 'START_FOLLOW_UP', 'RESOLVE', 'CLOSE', 'REOPEN',
  'REJECT', 'ASSIGN', 'CHANGE_PRIORITY', 'HIDE_COMMENT'];
/** Moves that carry the complaint forward are emphasised; the rarer changes wait behind "Lainnya". */
const PRIMARY_ACTIONS = ['VERIFY', 'FORWARD', 'START_FOLLOW_UP', 'RESOLVE'];
const SECONDARY_ACTIONS = ['ASSIGN', 'CHANGE_PRIORITY', 'HIDE_COMMENT'];
const REJECTIONS = ['NOT_A_COMPLAINT', 'SPAM', 'NOT_OUR_AUTHORITY', 'DUPLICATE'];
const drafts = new Map();
const WATCH_MILLIS = 20_000;
const WATCH_REPLY_MILLIS = 3_000;
const REPLY_ENDS = ['REPLY_SENT', 'REPLY_FAILED', 'REPLY_UNCERTAIN'];

/**
 * One complaint: the reporter's messages as a conversation, the triage and duplicate suggestions, the
 * actions the API allows now with the fields each needs, the reply box, notes, SLA clocks and the
 * timeline. Every change waits for the API; a stale version reloads and says so, keeping what was typed.
 */
export class ComplaintView {
  constructor(app, container, code) {
    this.app = app;
    this.container = container;
    this.code = code;
    this.complaint = null;
    this.templates = null;
  }

  async load(notice) {
    try {
      const [complaint, templates] = await Promise.all([this.app.api.complaint(this.code), this.loadTemplates()]);
      this.complaint = complaint;
      this.templates = templates;
      document.title = `${complaint.trackingCode} · Aduan`;
      this.render(notice);
      this.watch();
    } catch (error) {
      const text = error.status === 404 ? t('notFound') : error.status === 403 ? t('forbidden') : error.message;
      replace(this.container, this.backLink(), h('p', { class: 'form-error pad', role: 'alert' }, text));
    }
  }

  stop() {
    clearTimeout(this.watcher);
    this.stopped = true;
  }

  /** A reply waiting for its fate is followed every few seconds; otherwise a change by someone else is looked for now and then. */
  watch() {
    clearTimeout(this.watcher);
    if (this.stopped) return;
    this.watcher = setTimeout(() => this.refresh(), this.replyPending() ? WATCH_REPLY_MILLIS : WATCH_MILLIS);
  }

  replyPending() {
    const timeline = this.complaint?.timeline ?? [];
    const ended = new Set(timeline.filter((e) => REPLY_ENDS.includes(e.type)).map((e) => e.details?.replyId));
    return timeline.some((e) => e.type === 'REPLY_QUEUED' && !ended.has(e.details?.replyId));
  }

  /**
   * What changed since this view was drawn: a change by another staff member is announced (the next
   * change from here would be stale and is refused); the system's and the reporter's (SLA, reply fate,
   * new messages) are taken in, redrawing only the side panel while a form is being filled.
   */
  async refresh() {
    if (this.stopped || !this.container.isConnected) return;
    try {
      const latest = await this.app.api.complaint(this.code);
      const seen = new Set(this.complaint.timeline.map((e) => `${e.at}|${e.type}`));
      const fresh = latest.timeline.filter((e) => !seen.has(`${e.at}|${e.type}`));
      const byOthers = fresh.some((e) => e.actor?.kind === 'STAFF' && e.actor.id !== this.app.staff.id);
      if (latest.version !== this.complaint.version && byOthers) {
        this.showNotice({ text: t('changedElsewhere'), action: [t('reload'), () => this.load()] });
      } else if (fresh.length > 0 || latest.version !== this.complaint.version) {
        const newMessage = latest.messageCount !== this.complaint.messageCount;
        this.complaint = latest;
        if (this.editing()) replace(this.aside, this.clocks(), this.timeline());
        else this.render(newMessage ? { text: t('newMessage'), tone: 'ok' } : undefined);
      }
    } catch {
      // the next look may work; a lasting problem shows on the next change
    }
    this.watch();
  }

  editing() {
    const active = document.activeElement;
    return this.actionPanel?.hasChildNodes() || (this.container.contains(active) && ['INPUT', 'TEXTAREA', 'SELECT'].includes(active.tagName));
  }

  async loadTemplates() {
    if (this.templates) return this.templates;
    try {
      return (await this.app.api.config('templates')).value ?? {};
    } catch {
      return {};
    }
  }

  backLink() {
    const search = searchFromFilters(filtersFromSearch(location.search));
    return h('a', { class: 'back', href: `/${search}`, 'data-route': '' }, `← ${t('back')}`);
  }

  has(action) {
    return this.complaint.actions.includes(action);
  }

  render(notice) {
    const c = this.complaint;
    const language = currentLanguage();
    this.actionPanel = h('div', { class: 'action-form' });
    const header = h('header', { class: 'complaint-head' },
      this.backLink(),
      h('h1', {}, c.trackingCode, ' ', h('span', { class: `status status-${c.status}` }, c.statusLabel ?? word('status', c.status))),
      h('p', { class: 'facts' },
        h('span', {}, icon(CHANNEL_ICONS[c.channel]), ` ${word('channel', c.channel)}`),
        h('span', { class: `priority priority-${c.priority}` }, word('priority', c.priority)),
        h('span', {}, `${t('unit')}: ${c.unit?.name ?? '—'}`),
        c.category ? h('span', {}, c.category) : null,
        h('span', {}, `${t('assignee')}: ${c.assignee?.name ?? c.assignee?.id ?? t('unassigned')}`),
        h('span', {}, `${t('received')} ${formatWib(c.receivedAt, language)} WIB`)));
    const notices = h('div', { class: 'notices', role: 'alert', 'aria-live': 'assertive' }, notice ? this.noticeBox(notice) : null);
    const body = h('div', { class: 'complaint-main' },
      header, notices,
      c.personalDataMasked ? h('p', { class: 'muted small' }, t('masked')) : null,
      this.suggestions(),
      this.actionBar(),
      h('section', { 'aria-labelledby': 'conv-title', class: 'conversation' },
        h('h2', { id: 'conv-title' }, t('conversation')),
        h('ol', { class: 'thread' }, c.messages.map((m) => this.message(m, c.reporter))),
        c.merged?.length ? [h('h3', {}, t('mergedFrom')), c.merged.map((merged) => h('ol', { class: 'thread merged' },
          merged.messages.map((m) => this.message(m, c.reporter, merged.trackingCode))))] : null),
      this.replyBox(),
      this.noteBox());
    this.aside = h('aside', { class: 'complaint-side', 'aria-label': t('timeline') }, this.clocks(), this.timeline());
    replace(this.container, h('div', { class: 'complaint' }, body, this.aside));
    this.notices = notices;
  }

  noticeBox({ text, tone = 'error', action }) {
    return h('p', { class: `notice notice-${tone}` }, text,
      action ? h('button', { type: 'button', class: 'link', onclick: action[1] }, action[0]) : null);
  }

  showNotice(notice) {
    replace(this.notices, this.noticeBox(notice));
    this.notices.scrollIntoView?.({ block: 'nearest' });
  }

  message(m, reporter, fromCode) {
    const language = currentLanguage();
    return h('li', { class: `bubble${m.unsent ? ' unsent' : ''}` },
      h('p', { class: 'bubble-meta' },
        h('b', {}, reporter?.username ? `@${reporter.username}` : t('reporter')),
        ` · ${word('channel', m.channel)} · ${formatWib(m.sentAt, language)}`,
        fromCode ? ` · ${fromCode}` : null,
        m.editCount > 0 ? h('span', { class: 'tag' }, `${t('edited')} ${m.editCount}×`) : null,
        m.unsent ? h('span', { class: 'tag tag-warn' }, t('unsent')) : null),
      h('p', { class: 'bubble-text' }, m.text ?? ''),
      m.media?.length ? h('ul', { class: 'media' }, m.media.map((media) => h('li', {},
        media.url && /^https:\/\//.test(media.url)
          ? h('a', { href: media.url, target: '_blank', rel: 'noopener noreferrer' }, icon('image'), ` ${t('media')} (${media.type ?? ''})`)
          : h('span', { class: 'media-ref' }, icon('image'), ` ${t('media')} ${media.type ?? ''}`)))) : null);
  }

  suggestions() {
    const c = this.complaint;
    const triage = c.triage;
    if (!triage || triage.state !== 'ASSESSED') return null;
    const parts = [];
    if (triage.complaint === false) {
      parts.push(h('p', {}, h('strong', {}, t('notComplaintSuggestion')), triage.notComplaintReason ? ` (${triage.notComplaintReason})` : ''));
    } else {
      const canConfirm = this.has('VERIFY') && triage.unit;
      parts.push(h('p', {}, h('strong', {}, `${t('triageSuggestion')}: `),
        `${this.app.unitName(triage.unit) ?? '—'} · ${triage.topic ?? ''} · ${word('priority', triage.priority)}`,
        triage.confidence !== null && triage.confidence !== undefined ? h('span', { class: 'muted' }, ` (${t('confidence')} ${triage.confidence.toFixed(2)})`) : null));
      if (triage.evidence?.length) {
        parts.push(h('p', { class: 'evidence' }, `${t('evidence')}: `, triage.evidence.map((w) => h('mark', {}, w))));
      }
      if (triage.office?.label) {
        parts.push(h('p', {}, h('strong', {}, `${t('localOffice')}: `), triage.office.label));
      }
      parts.push(this.authenticity());
      if (canConfirm) {
        parts.push(h('button', { type: 'button', class: 'primary', 'data-action': 'CONFIRM_TRIAGE', onclick: () => this.submit({
          action: 'VERIFY', unit: triage.unit, category: triage.topic ?? c.category ?? 'Lainnya', priority: triage.priority,
        }) }, `${t('confirm')} (${t('kVerify')})`));
      }
    }
    if (triage.duplicate) {
      parts.push(h('p', {}, h('strong', {}, `${t('duplicateSuggestion')} `),
        h('a', { href: `/aduan/${triage.duplicate.trackingCode}`, 'data-route': '' }, triage.duplicate.trackingCode),
        triage.duplicate.explanation ? ` — ${triage.duplicate.explanation}` : ''));
      if (this.has('REJECT')) {
        parts.push(h('button', { type: 'button', 'data-action': 'MERGE', onclick: () => this.submit({
          action: 'REJECT', rejection: 'DUPLICATE', duplicateOf: triage.duplicate.trackingCode,
        }) }, `${t('merge')} → ${triage.duplicate.trackingCode}`));
      }
    }
    return h('section', { class: 'suggestion', 'aria-label': t('triageSuggestion') }, parts);
  }

  /** What supports or weakens the complaint, so triage can judge whether it is genuine in one look. */
  authenticity() {
    const lines = authenticityLines(this.complaint.authenticity);
    if (!lines.length) return null;
    return h('div', { class: 'authenticity' }, h('strong', {}, `${t('authenticity')}:`),
      h('ul', {}, lines.map((line) => h('li', { class: line.weakens ? 'weakens' : 'supports', 'data-signal': line.signal },
        h('span', { class: 'sign', 'aria-hidden': 'true' }, line.weakens ? '!' : '✓'),
        h('span', { class: 'sr-only' }, `${t(line.weakens ? 'weakens' : 'supports')}: `), line.reason))));
  }

  actionBar() {
    const actions = BUTTON_ACTIONS.filter((action) => this.has(action));
    if (actions.length === 0 && !this.has('QUEUE_REPLY') && !this.has('ADD_NOTE')) {
      return h('p', { class: 'muted no-actions' }, t('noActions'));
    }
    const keys = { VERIFY: 'v', FORWARD: 'f' };
    const button = (action) => h('button', {
      type: 'button', 'data-action': action, 'aria-keyshortcuts': keys[action] ?? null,
      class: PRIMARY_ACTIONS.includes(action) ? 'primary' : '',
      onclick: () => this.openAction(action),
    }, word('action', action), keys[action] ? h('kbd', { 'aria-hidden': 'true' }, keys[action]) : null);
    const main = actions.filter((action) => !SECONDARY_ACTIONS.includes(action));
    const more = actions.filter((action) => SECONDARY_ACTIONS.includes(action));
    return h('section', { class: 'actions', 'aria-labelledby': 'actions-title' },
      h('h2', { id: 'actions-title', class: 'sr-only' }, t('actions')),
      this.actionPanel,
      h('div', { class: 'action-bar' }, main.map(button),
        more.length ? h('details', { class: 'more-actions' }, h('summary', {}, t('moreActions')), h('div', {}, more.map(button))) : null));
  }

  unitSelect(name, value) {
    return select(name, [['', '—'], ...this.app.units.map((u) => [u.code, `${u.name}`])], value ?? '', { required: true });
  }

  /** The fields each action needs (openapi.yaml), in a small form above the action bar. */
  openAction(action) {
    const c = this.complaint;
    const triage = c.triage?.state === 'ASSESSED' ? c.triage : {};
    if (action === 'HIDE_COMMENT') {
      this.run(() => this.app.api.hide(c.trackingCode, c.version));
      return;
    }
    const note = () => h('textarea', { name: 'note', rows: 2, maxlength: 2000 });
    const fields = {
      VERIFY: () => [field(t('unit'), this.unitSelect('unit', c.unit?.code ?? triage.unit)),
        field(t('category'), h('input', { name: 'category', value: c.category ?? triage.topic ?? '', required: true })),
        field(t('priority'), select('priority', PRIORITIES.map((p) => [p, word('priority', p)]), triage.priority ?? c.priority)),
        field(`${t('note')} (${t('optional')})`, note())],
      ASK_FOR_INFORMATION: () => [field(`${t('note')} (${t('optional')})`, note())],
      FORWARD: () => [field(t('unit'), this.unitSelect('unit', c.unit?.code)), field(`${t('note')} (${t('optional')})`, note())],
      REROUTE: () => [field(t('unit'), this.unitSelect('unit', '')), field(t('reason'), h('textarea', { name: 'reason', rows: 2, required: true }))],
      START_FOLLOW_UP: () => [field(`${t('note')} (${t('optional')})`, note())],
      RESOLVE: () => [field(`${t('note')} (${t('optional')})`, note())],
      CLOSE: () => [field(`${t('note')} (${t('optional')})`, note())],
      REOPEN: () => [field(t('reason'), h('textarea', { name: 'reason', rows: 2, required: true }))],
      REJECT: () => {
        const referral = field(t('referral'), h('input', { name: 'referral' }));
        const duplicate = field(t('duplicateOf'), h('input', { name: 'duplicateOf', placeholder: 'ADU-XXXXX', value: triage.duplicate?.trackingCode ?? '' }));
        const reason = select('rejection', REJECTIONS.map((r) => [r, word('rejection', r)]), 'NOT_A_COMPLAINT');
        const sync = () => { referral.hidden = reason.value !== 'NOT_OUR_AUTHORITY'; duplicate.hidden = reason.value !== 'DUPLICATE'; };
        reason.addEventListener('change', sync);
        sync();
        return [field(t('rejection'), reason), referral, duplicate, field(`${t('note')} (${t('optional')})`, note())];
      },
      ASSIGN: () => [field(t('assignee'), select('assignee', [['me', `${t('assignToMe')} (${this.app.staff.name})`], ['', t('unassign')]], 'me'))],
      CHANGE_PRIORITY: () => [field(t('priority'), select('priority', PRIORITIES.map((p) => [p, word('priority', p)]), c.priority)),
        field(`${t('reason')} (${t('optional')})`, h('textarea', { name: 'reason', rows: 2 }))],
    }[action]();
    const form = h('form', { class: 'stack action-fields', 'data-form': action, onsubmit: (event) => {
      event.preventDefault();
      this.submit(this.bodyOf(action, new FormData(form)));
    } }, h('h3', {}, word('action', action)), fields,
    h('div', { class: 'buttons' },
      h('button', { type: 'submit', class: 'primary' }, word('action', action)),
      h('button', { type: 'button', onclick: () => replace(this.actionPanel) }, t('cancel'))));
    replace(this.actionPanel, form);
    form.querySelector('select, input, textarea, button')?.focus();
  }

  bodyOf(action, data) {
    const body = { action };
    for (const [name, value] of data.entries()) {
      const text = String(value).trim();
      if (text !== '') body[name] = text;
    }
    if (action === 'ASSIGN') {
      body.assignee = body.assignee === 'me' ? { id: this.app.staff.id, name: this.app.staff.name } : null;
    }
    if (action === 'REJECT') {
      if (body.rejection !== 'NOT_OUR_AUTHORITY') delete body.referral;
      if (body.rejection !== 'DUPLICATE') delete body.duplicateOf;
    }
    return body;
  }

  submit(action) {
    return this.run(() => this.app.api.act(this.complaint.trackingCode, this.complaint.version, action));
  }

  /** Sends one change; on success reloads what the API now says, on failure says why (stale: reloads too). */
  async run(change, success = t('saved')) {
    const buttons = this.container.querySelectorAll('button');
    buttons.forEach((button) => { button.disabled = true; });
    try {
      await change();
      await this.load({ text: success, tone: 'ok' });
      this.app.inbox?.poll();
    } catch (error) {
      buttons.forEach((button) => { button.disabled = false; });
      if (error.code === 'STALE_VERSION') {
        await this.load();
        const who = this.lastStaffChange();
        this.showNotice({ text: `${t('stale')}${who ? ` ${t('staleBy')}: ${who}.` : ''}` });
      } else if (error.code === 'MOVE_NOT_ALLOWED') {
        await this.load();
        const allowed = (error.details.allowed ?? []).map((a) => word('action', a)).join(', ');
        this.showNotice({ text: `${t('moveNotAllowed')} ${allowed}` });
      } else if (error.status === 0) {
        this.showNotice({ text: t('networkError') });
      } else {
        this.showNotice({ text: error.details.field ? `${error.message} (${error.details.field})` : error.message });
      }
    }
  }

  lastStaffChange() {
    const staffEvents = (this.complaint?.timeline ?? []).filter((event) => event.actor?.kind === 'STAFF');
    const last = staffEvents[staffEvents.length - 1];
    return last ? `${actorOf(last, currentLanguage())}, ${formatWib(last.at, currentLanguage())}` : null;
  }

  replyBox() {
    if (!this.has('QUEUE_REPLY')) return null;
    const c = this.complaint;
    const options = c.replyOptions ?? { available: [], unavailable: [] };
    const draft = drafts.get(`reply:${c.id}`) ?? { text: '', template: '' };
    const closed = options.unavailable.length ? h('ul', { class: 'closed-methods' },
      options.unavailable.map((u) => h('li', {}, h('b', {}, word('method', u.method)), `: ${u.label ?? u.reason}`))) : null;
    if (options.available.length === 0) {
      return h('section', { class: 'reply', 'aria-labelledby': 'reply-title' }, h('h2', { id: 'reply-title' }, t('reply')),
        h('p', { class: 'muted' }, t('closedMethods')), closed);
    }
    const method = select('method', options.available.map((o) => [o.method, word('method', o.method)]), options.available[0].method);
    method.id = 'reply-method';
    const templateNames = Object.keys(this.templates ?? {});
    const template = select('template', [['', t('ownText')], ...templateNames.map((name) => [name, name])], draft.template);
    const text = h('textarea', { name: 'text', id: 'reply-text', rows: 3, value: draft.text });
    const counter = h('p', { class: 'counter', 'aria-live': 'polite' });
    const preview = h('p', { class: 'preview' });
    const update = () => {
      const chosen = template.value;
      text.disabled = chosen !== '';
      const shown = chosen ? fillTemplate(this.templates[chosen], c) : text.value;
      preview.textContent = chosen ? `${t('preview')}: ${shown}` : '';
      if (BYTE_COUNTED_METHODS.includes(method.value)) {
        const count = dmCounter(shown);
        counter.textContent = `${count.bytes}/${count.limit} ${t('bytes')}`;
        counter.className = `counter${count.over ? ' over' : ''}`;
      } else {
        counter.textContent = `${shown.length}/${PUBLIC_REPLY_CHAR_LIMIT}`;
        counter.className = `counter${shown.length > PUBLIC_REPLY_CHAR_LIMIT ? ' over' : ''}`;
      }
      drafts.set(`reply:${c.id}`, { text: text.value, template: chosen });
    };
    [method, template, text].forEach((control) => control.addEventListener('input', update));
    const form = h('form', { class: 'stack', 'data-form': 'reply', onsubmit: (event) => {
      event.preventDefault();
      const body = { method: method.value };
      if (template.value) body.template = template.value;
      else body.text = text.value.trim();
      this.run(async () => {
        await this.app.api.reply(c.trackingCode, c.version, body);
        drafts.delete(`reply:${c.id}`);
      }, t('queued'));
    } },
    h('div', { class: 'row-fields' }, field(t('replyMethod'), method), field(t('template'), template)),
    field(t('replyText'), text), h('div', { class: 'reply-foot' }, counter, h('button', { type: 'submit', class: 'primary' }, t('send'))),
    preview);
    update();
    return h('section', { class: 'reply', 'aria-labelledby': 'reply-title' }, h('h2', { id: 'reply-title' }, t('reply')), form,
      closed ? h('details', {}, h('summary', {}, t('closedMethods')), closed) : null);
  }

  noteBox() {
    if (!this.has('ADD_NOTE')) return null;
    const c = this.complaint;
    const text = h('textarea', { name: 'note', id: 'note-text', rows: 2, maxlength: 2000, value: drafts.get(`note:${c.id}`) ?? '' });
    text.addEventListener('input', () => drafts.set(`note:${c.id}`, text.value));
    const form = h('form', { class: 'stack note-form', 'data-form': 'note', onsubmit: (event) => {
      event.preventDefault();
      if (!text.value.trim()) return;
      this.run(async () => {
        await this.app.api.note(c.trackingCode, c.version, text.value.trim());
        drafts.delete(`note:${c.id}`);
      });
    } }, field(t('note'), text), h('button', { type: 'submit' }, t('addNote')));
    return h('section', { class: 'notes' }, form);
  }

  clocks() {
    const now = Date.now();
    const language = currentLanguage();
    const entries = Object.entries(this.complaint.sla ?? {});
    if (entries.length === 0) return null;
    return h('section', { class: 'clocks', 'aria-labelledby': 'clocks-title' }, h('h2', { id: 'clocks-title' }, t('deadlines')),
      h('ul', {}, entries.map(([kind, clock]) => {
        const tone = clockTone(clock, now);
        const state = clock.state === 'RUNNING'
          ? h('span', { class: `countdown tone-${tone}`, 'data-deadline': clock.deadline, 'data-warn-at': clock.warnAt },
            icon('clock'), h('span', { class: 'countdown-text' }, countdown(clock, now, language)))
          : h('span', { class: `countdown tone-${tone}` }, clock.state === 'PAUSED' ? t('paused')
            : `${t('stopped')} · ${clock.breached ? t('lateStop') : t('onTime')}`);
        return h('li', {}, h('span', {}, word('clock', kind)), state,
          clock.deadline ? h('small', { class: 'muted' }, `${t('deadline')} ${formatWib(clock.deadline, language)}`) : null);
      })));
  }

  timeline() {
    const language = currentLanguage();
    return h('section', { class: 'timeline', 'aria-labelledby': 'timeline-title' }, h('h2', { id: 'timeline-title' }, t('timeline')),
      h('ol', {}, this.complaint.timeline.map((event) => {
        const fate = replyFate(event);
        return h('li', { class: fate ? `fate fate-${fate}` : '', 'data-type': event.type },
          h('time', { datetime: event.at }, formatWib(event.at, language)),
          h('span', { class: 'who' }, actorOf(event, language)),
          h('span', { class: 'what' }, describeEvent(event, language)),
          event.reason ? h('span', { class: 'why' }, event.reason) : null,
          event.details?.text && event.type === 'REPLY_QUEUED' ? h('q', {}, event.details.text) : null);
      })));
  }

  /** v, f, r, n on an open complaint. */
  command(command) {
    if (!this.complaint) return false;
    if (command === 'verify' && this.has('VERIFY')) { this.openAction('VERIFY'); return true; }
    if (command === 'forward' && this.has('FORWARD')) { this.openAction('FORWARD'); return true; }
    if (command === 'reply') { const box = this.container.querySelector('#reply-method'); box?.focus(); return !!box; }
    if (command === 'note') { const box = this.container.querySelector('#note-text'); box?.focus(); return !!box; }
    if (command === 'escape') { replace(this.actionPanel); return true; }
    return false;
  }
}
