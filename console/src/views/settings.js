import { accountRows, FLAVOURS, registration } from '../lib/accounts.js';
import { field, h, replace, select } from '../lib/dom.js';
import { currentLanguage, t, word } from '../lib/i18n.js';
import { describeTarget, formatWib } from '../lib/time.js';

const SECTIONS = ['units', 'sla', 'templates', 'calendar', 'accounts'];

/**
 * /pengaturan (admins): units, SLA targets, the working calendar and reply templates through
 * GET/PUT /config/{section}; Instagram accounts one at a time through PUT/DELETE /config/accounts/{id}. The API checks every save; its error message is shown as it is.
 */
export async function renderSettings(app, container) {
  const isAdmin = app.staff.roles.includes('admin');
  const page = h('div', { class: 'settings' }, h('a', { class: 'back', href: '/', 'data-route': '' }, `← ${t('inbox')}`),
    h('h1', {}, t('settings')), isAdmin ? null : h('p', { class: 'notice notice-error' }, t('adminOnly')));
  replace(container, page);
  const nav = h('nav', { class: 'tabs', 'aria-label': t('settings') },
    SECTIONS.map((section) => h('a', { href: `#${section}` }, sectionTitle(section))));
  page.append(nav);
  for (const section of SECTIONS) {
    const box = h('section', { id: section, class: 'setting', 'aria-labelledby': `${section}-title` },
      h('h2', { id: `${section}-title` }, sectionTitle(section)), h('p', { class: 'muted' }, t('loading')));
    page.append(box);
    loadSection(app, section, box, isAdmin);
  }
}

function sectionTitle(section) {
  return { units: t('units'), sla: t('slaTargets'), templates: t('templates'), calendar: t('calendar'), accounts: t('accounts') }[section];
}

async function loadSection(app, section, box, editable) {
  try {
    const current = await app.api.config(section);
    if (section === 'accounts') renderAccounts(app, box, current, editable);
    else renderSection(app, section, box, current, editable);
  } catch (error) {
    replace(box, h('h2', { id: `${section}-title` }, sectionTitle(section)), h('p', { class: 'form-error' }, error.message));
  }
}

function renderSection(app, section, box, current, editable) {
  const status = h('p', { class: 'section-status', role: 'status', 'aria-live': 'polite' });
  const meta = h('p', { class: 'muted small' }, `${t('version')} ${current.version}`,
    current.updatedAt ? ` · ${formatWib(current.updatedAt, currentLanguage())}` : '');
  const editor = EDITORS[section](current.value, editable);
  const form = h('form', { class: 'stack', onsubmit: async (event) => {
    event.preventDefault();
    status.className = 'section-status';
    let value;
    try {
      value = editor.read();
    } catch {
      status.textContent = t('invalidJson');
      status.className = 'section-status form-error';
      return;
    }
    try {
      const saved = await app.api.saveConfig(section, current.version, value);
      if (section === 'units') app.units = saved.value.units ?? app.units;
      renderSection(app, section, box, saved, editable);
      box.querySelector('.section-status').textContent = `${t('sectionSaved')} (${t('version')} ${saved.version})`;
    } catch (error) {
      status.textContent = error.details?.field ? `${error.message} (${error.details.field})` : error.message;
      status.className = 'section-status form-error';
    }
  } }, editor.element, editable ? h('button', { type: 'submit', class: 'primary' }, t('saveSection')) : null, status);
  replace(box, h('h2', { id: `${section}-title` }, sectionTitle(section)), meta, form);
}

const EDITORS = {
  units(value, editable) {
    const body = h('tbody');
    const addRow = (unit, existing) => body.append(h('tr', {},
      h('td', {}, h('input', { 'aria-label': t('code'), name: 'code', value: unit.code ?? '', readOnly: existing || !editable, required: true })),
      h('td', {}, h('input', { 'aria-label': t('name'), name: 'name', value: unit.name ?? '', readOnly: !editable, required: true })),
      h('td', {}, h('textarea', { 'aria-label': t('handles'), name: 'handles', rows: 2, value: unit.handles ?? '', readOnly: !editable }))));
    (value.units ?? []).forEach((unit) => addRow(unit, true));
    const element = h('div', {}, h('div', { class: 'table-wrap' }, h('table', { class: 'units-table' },
      h('thead', {}, h('tr', {}, h('th', {}, t('code')), h('th', {}, t('name')), h('th', {}, t('handles')))), body)),
    editable ? h('button', { type: 'button', onclick: () => addRow({}, false) }, t('addUnit')) : null);
    return {
      element,
      read: () => ({
        ...value,
        units: [...body.querySelectorAll('tr')].map((row) => {
          const unit = Object.fromEntries(['code', 'name', 'handles'].map((name) => [name, row.querySelector(`[name=${name}]`).value.trim()]));
          if (!unit.handles) delete unit.handles;
          return unit;
        }).filter((unit) => unit.code || unit.name),
      }),
    };
  },

  templates(value, editable) {
    const fields = Object.entries(value ?? {}).map(([key, text]) => field(key,
      h('textarea', { name: key, rows: 3, value: text, readOnly: !editable }), '{kode} · {unit} · {rujukan} · {kode_asal}'));
    const element = h('div', { class: 'stack' }, fields);
    return {
      element,
      read: () => Object.fromEntries([...element.querySelectorAll('textarea')].map((area) => [area.name, area.value])),
    };
  },

  sla(value, editable) {
    const language = currentLanguage();
    const summary = h('table', { class: 'sla-table' },
      h('thead', {}, h('tr', {}, h('th', {}, ''), ['URGENT', 'HIGH', 'NORMAL', 'LOW'].map((p) => h('th', { scope: 'col' }, word('priority', p))))),
      h('tbody', {}, Object.entries(value.targets ?? {}).map(([clock, byPriority]) => h('tr', {},
        h('th', { scope: 'row' }, word('clock', clock)),
        ['URGENT', 'HIGH', 'NORMAL', 'LOW'].map((p) => h('td', {}, describeTarget(byPriority[p], language)))))));
    return jsonEditor(value, editable, [h('div', { class: 'table-wrap' }, summary),
      h('p', { class: 'muted small' }, `${t('warnShare')}: ${Math.round((value.warnShare ?? 0) * 100)} %`)]);
  },

  calendar(value, editable) {
    return jsonEditor(value, editable, []);
  },
};

function jsonEditor(value, editable, before) {
  const area = h('textarea', { class: 'json', rows: 12, spellcheck: false, readOnly: !editable, value: JSON.stringify(value, null, 2) });
  return { element: h('div', { class: 'stack' }, before, field(t('json'), area)), read: () => JSON.parse(area.value) };
}

/** The accounts table, a form that registers or changes one account, and the accounts nobody registered. */
function renderAccounts(app, box, current, editable, message) {
  const status = h('p', { class: 'section-status', role: 'status', 'aria-live': 'polite' }, message ?? '');
  const reload = async (text) => renderAccounts(app, box, await app.api.config('accounts'), editable, text);
  const failed = (error) => {
    status.textContent = error.details?.field ? `${error.message} (${error.details.field})` : error.message;
    status.className = 'section-status form-error';
  };
  const form = accountForm(app, current.version, editable, reload, failed);
  const rows = accountRows(current.value);
  const table = rows.length === 0 ? h('p', { class: 'muted' }, t('noAccounts')) : h('div', { class: 'table-wrap' },
    h('table', { class: 'accounts-table' },
      h('thead', {}, h('tr', {}, [t('displayName'), t('accountId'), t('flavour'), t('defaultUnit'), ''].map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, rows.map((account) => h('tr', { class: account.active ? '' : 'muted' },
        h('td', {}, account.displayName, account.active ? '' : ` (${t('retired')})`),
        h('td', {}, account.instagramAccountId),
        h('td', {}, word('flavour', account.flavour)),
        h('td', {}, account.defaultUnit ? app.unitName(account.defaultUnit) : '–'),
        h('td', {}, editable ? [
          h('button', { type: 'button', onclick: () => form.fill(account) }, t('editAccount')),
          account.active ? h('button', { type: 'button', onclick: () => app.api.retireAccount(account.instagramAccountId, current.version)
            .then(() => reload(t('accountRetired')), failed) }, t('retireAccount')) : null,
        ] : null))))));
  const meta = h('p', { class: 'muted small' }, `${t('version')} ${current.version}`,
    current.updatedAt ? ` · ${formatWib(current.updatedAt, currentLanguage())}` : '');
  replace(box, h('h2', { id: 'accounts-title' }, t('accounts')), meta, table, editable ? form.element : null, status);
  if (editable) showUnknownAccounts(app, box, form);
}

function accountForm(app, version, editable, reload, failed) {
  const input = (name, attributes = {}) => h('input', { name, autocomplete: 'off', ...attributes });
  const controls = {
    instagramAccountId: input('instagramAccountId', { required: true, inputMode: 'numeric' }),
    displayName: input('displayName', { required: true, maxLength: 100 }),
    flavour: select('flavour', FLAVOURS.map((flavour) => [flavour, word('flavour', flavour)]), FLAVOURS[0]),
    facebookPageId: input('facebookPageId', { inputMode: 'numeric' }),
    tokenSecretId: input('tokenSecretId', { required: true, placeholder: 'aduan/instagram/…' }),
    defaultUnit: select('defaultUnit', [['', t('noDefaultUnit')], ...app.units.map((unit) => [unit.code, unit.name])], ''),
  };
  const element = h('form', { class: 'stack account-form', onsubmit: async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(Object.entries(controls).map(([name, control]) => [name, control.value]));
    const { id, body } = registration(values, version);
    try {
      await app.api.registerAccount(id, body);
      await reload(t('accountSaved'));
    } catch (error) {
      failed(error);
    }
  } }, h('h3', {}, t('addAccount')),
  field(t('accountId'), controls.instagramAccountId), field(t('displayName'), controls.displayName),
  field(t('flavour'), controls.flavour), field(t('facebookPageId'), controls.facebookPageId, t('pageIdHint')),
  field(t('tokenSecretId'), controls.tokenSecretId, t('secretHint')), field(t('defaultUnit'), controls.defaultUnit, t('unitHint')),
  h('button', { type: 'submit', class: 'primary', disabled: !editable }, t('saveAccount')));
  const fill = (account) => {
    for (const [name, control] of Object.entries(controls)) control.value = account[name] ?? '';
    controls.flavour.value = account.flavour ?? FLAVOURS[0];
    controls.displayName.focus();
  };
  return { element, fill };
}

async function showUnknownAccounts(app, box, form) {
  let unknown;
  try {
    unknown = (await app.api.unknownAccounts()).accounts ?? [];
  } catch {
    return;
  }
  if (unknown.length === 0) return;
  box.append(h('div', { class: 'notice' }, h('h3', {}, t('unknownAccounts')), h('p', {}, t('unknownAccountsHint')),
    h('ul', {}, unknown.map((account) => h('li', {}, `${account.instagramAccountId} · ${account.changesHeld} ${t('changesHeld')} · `
      + `${t('lastSeen')} ${formatWib(account.lastSeenAt, currentLanguage())} `,
    h('button', { type: 'button', onclick: () => form.fill({ instagramAccountId: account.instagramAccountId }) }, t('register')))))));
}
