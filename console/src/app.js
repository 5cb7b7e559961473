import { StaffApi } from './lib/api.js';
import { h, replace } from './lib/dom.js';
import { currentLanguage, initLanguage, setLanguage, t, word } from './lib/i18n.js';
import { figuresOnly, keepToken, signOut, staffOf, storedToken } from './lib/session.js';
import { hostedSignOutUrl } from './lib/pkce.js';
import { commandFor } from './lib/keyboard.js';
import { renderSignIn } from './views/signin.js';
import { Inbox } from './views/inbox.js';
import { ComplaintView } from './views/complaint.js';
import { renderReports } from './views/reports.js';
import { renderSettings } from './views/settings.js';
import { showHelp } from './views/help.js';

/**
 * The console: loads where the API is (config.json, written by the deploy; absent in the local run),
 * keeps the signed-in staff member, and shows the page the URL names: /masuk, / (inbox), /aduan/<code>,
 * /pengaturan.
 */
export class App {
  constructor(root) {
    this.root = root;
    this.config = null;
    this.staff = null;
    this.units = [];
    this.api = null;
  }

  async start() {
    initLanguage();
    this.config = await loadConfig();
    this.api = new StaffApi(this.config.apiBaseUrl, () => storedToken(), () => this.sessionEnded());
    this.staff = staffOf(storedToken());
    window.addEventListener('popstate', () => this.render());
    document.addEventListener('keydown', (event) => this.key(event));
    document.addEventListener('click', (event) => this.followLink(event));
    await this.render();
  }

  /** In-app links change the URL without a page load. */
  followLink(event) {
    const link = event.target.closest?.('a[data-route]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    this.navigate(link.getAttribute('href'));
  }

  navigate(url, { replaceState = false } = {}) {
    if (replaceState) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    return this.render();
  }

  signedIn(token) {
    signOut();
    keepToken(token);
    this.staff = staffOf(token);
    this.units = [];
    this.inbox = null;
    const next = sessionStorage.getItem('aduan.next');
    sessionStorage.removeItem('aduan.next');
    return this.navigate(next && next.startsWith('/') && !next.startsWith('/masuk') ? next : '/', { replaceState: true });
  }

  sessionEnded() {
    signOut();
    this.staff = null;
    this.flash = t('sessionExpired');
    this.navigate('/masuk', { replaceState: true });
  }

  signOut() {
    signOut();
    this.staff = null;
    this.inbox?.stop();
    this.inbox = null;
    if (!this.config.local && this.config.cognito) {
      location.assign(hostedSignOutUrl(this.config.cognito));
      return;
    }
    this.navigate('/masuk', { replaceState: true });
  }

  async render() {
    const path = location.pathname;
    if (path === '/masuk') {
      this.complaintView?.stop();
      this.inbox?.stop();
      this.inbox = null;
      document.title = `${t('signIn')} · Aduan`;
      return renderSignIn(this);
    }
    if (!this.staff || (this.staff.expiresAt && this.staff.expiresAt <= Date.now())) {
      sessionStorage.setItem('aduan.next', path + location.search);
      return this.navigate('/masuk', { replaceState: true });
    }
    if (figuresOnly(this.staff) && path !== '/laporan') {
      return this.navigate('/laporan', { replaceState: true });
    }
    if (!figuresOnly(this.staff)) await this.loadUnits();
    this.shell();
    this.complaintView?.stop();
    if (path === '/laporan') {
      this.inbox?.stop();
      this.inbox = null;
      this.workspace.dataset.pane = 'settings';
      document.title = `${t('reports')} · Aduan`;
      return renderReports(this, this.main);
    }
    if (path === '/pengaturan') {
      this.inbox?.stop();
      this.inbox = null;
      this.workspace.dataset.pane = 'settings';
      document.title = `${t('settings')} · Aduan`;
      return renderSettings(this, this.main);
    }
    const match = path.match(/^\/aduan\/([A-Za-z0-9-]+)$/);
    if (!this.inbox) this.inbox = new Inbox(this);
    await this.inbox.show(location.search, match ? match[1].toUpperCase() : null);
    this.workspace.dataset.pane = match ? 'detail' : 'list';
    if (match) {
      this.complaintView = new ComplaintView(this, this.main, match[1].toUpperCase());
      await this.complaintView.load();
    } else {
      this.complaintView = null;
      document.title = `${t('inbox')} · Aduan`;
      replace(this.main, h('div', { class: 'empty-detail' }, h('p', {}, t('pickComplaint'), h('br'), h('small', {}, t('keysHint')))));
    }
  }

  /** The frame around every signed-in page: top bar, queues and filters, list, detail. Built once per sign-in. */
  shell() {
    if (this.workspace && this.root.contains(this.workspace) && this.shellLanguage === currentLanguage()) return;
    this.shellLanguage = currentLanguage();
    const staff = this.staff;
    this.searchBox = h('input', { type: 'search', name: 'q', placeholder: t('search'), 'aria-label': t('searchLabel'),
      autocomplete: 'off' });
    const search = h('form', { class: 'search', role: 'search', onsubmit: (event) => {
      event.preventDefault();
      this.inbox?.setFilter('q', this.searchBox.value.trim());
    } }, this.searchBox, h('kbd', { 'aria-hidden': 'true' }, '/'));
    this.breachBadge = h('a', { class: 'breach-badge', href: '/?status=OPEN&sla=breached', 'data-route': '', hidden: true });
    const userMenu = h('div', { class: 'user' },
      h('span', { class: 'who' }, h('strong', {}, staff.name), ' ', h('span', { class: 'role' }, word('role', staff.role)
        + (staff.unit ? ` · ${staff.unit}` : ''))),
      h('button', { type: 'button', class: 'link', onclick: () => { setLanguage(currentLanguage() === 'id' ? 'en' : 'id'); this.inbox?.stop(); this.inbox = null; this.render(); } },
        t('language')),
      h('a', { href: '/laporan', 'data-route': '', class: 'link' }, t('reports')),
      staff.roles.includes('admin') ? h('a', { href: '/pengaturan', 'data-route': '', class: 'link' }, t('settings')) : null,
      h('button', { type: 'button', class: 'link', onclick: () => this.signOut() }, t('signOut')));
    const header = h('header', { class: 'topbar' },
      h('a', { class: 'skip', href: '#main' }, t('skipToMain')),
      h('a', { class: 'brand', href: '/', 'data-route': '' }, 'Aduan'),
      figuresOnly(staff) ? null : search, figuresOnly(staff) ? null : this.breachBadge, userMenu);
    this.sidebar = h('nav', { class: 'sidebar', 'aria-label': t('queues') });
    this.list = h('section', { class: 'list', 'aria-label': t('inbox') });
    this.main = h('main', { class: 'detail', id: 'main', tabindex: '-1' });
    this.workspace = h('div', { class: 'workspace' }, this.sidebar, this.list, this.main);
    replace(this.root, header, this.workspace, h('div', { class: 'toast', role: 'status', 'aria-live': 'polite' }));
  }

  toast(message, tone = 'info') {
    const toast = this.root.querySelector('.toast');
    if (!toast) return;
    replace(toast, h('p', { class: `toast-${tone}` }, message));
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => replace(toast), 6000);
  }

  async loadUnits() {
    if (this.units.length > 0) return;
    try {
      this.units = (await this.api.config('units')).value.units ?? [];
    } catch {
      this.units = [];
    }
  }

  unitName(code) {
    return this.units.find((unit) => unit.code === code)?.name ?? code;
  }

  key(event) {
    if (!this.staff || location.pathname === '/masuk') return;
    if (document.querySelector('dialog[open]') && event.key !== 'Escape') return;
    const command = commandFor(event);
    if (!command) return;
    if (command === 'search') {
      event.preventDefault();
      this.searchBox?.focus();
    } else if (command === 'help') {
      event.preventDefault();
      showHelp();
    } else if (['next', 'previous', 'open'].includes(command)) {
      if (this.inbox?.command(command)) event.preventDefault();
    } else if (this.complaintView?.command(command)) {
      event.preventDefault();
    }
  }
}

async function loadConfig() {
  try {
    const response = await fetch('/config.json', { cache: 'no-store' });
    if (response.ok) {
      const config = await response.json();
      if (config.apiBaseUrl && config.cognito?.domain && config.cognito?.clientId) return { ...config, local: false };
    }
  } catch {
    // no config.json: the local run, where the API is on this origin
  }
  return { apiBaseUrl: location.origin, local: true };
}
