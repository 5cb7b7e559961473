import { field, h, replace, select } from '../lib/dom.js';
import { t, word } from '../lib/i18n.js';
import { finishHostedSignIn, startHostedSignIn } from '../lib/pkce.js';

const ROLES = ['triage', 'agent', 'supervisor', 'viewer', 'admin', 'province'];
const UNIT_SCOPED = ['agent', 'supervisor', 'viewer'];

/**
 * /masuk. Deployed: the user pool's hosted sign-in (authorization code with PKCE), and back here with
 * the code. Locally: a role and unit picker that asks the local run for a token (POST /local/token), and,
 * when the local run serves several governments (ADUAN_TENANTS), which one the user works for.
 */
export async function renderSignIn(app) {
  const message = h('p', { class: 'form-error', role: 'alert' }, app.flash ?? '');
  app.flash = null;
  const card = h('main', { class: 'signin', id: 'main' }, h('h1', {}, t('signInTitle')), message);
  replace(app.root, card);
  app.workspace = null;
  if (!app.config.local) {
    if (new URLSearchParams(location.search).has('code')) {
      card.append(h('p', {}, t('signingIn')));
      try {
        return app.signedIn(await finishHostedSignIn(app.config.cognito, location.search));
      } catch (error) {
        message.textContent = error.message;
      }
    }
    card.append(h('button', { type: 'button', class: 'primary', onclick: () => startHostedSignIn(app.config.cognito) },
      t('signInHosted')));
    return undefined;
  }
  const governments = await localGovernments();
  const tenant = governments.length > 1
    ? select('tenant', governments.map((g) => [g.id, `${g.name} (${g.id})`]), governments[0].id) : null;
  const role = select('role', ROLES.map((r) => [r, word('role', r)]), 'triage');
  const unit = select('unit', [['', '—']], '');
  const name = h('input', { name: 'name', value: 'nia.triage', autocomplete: 'username', required: true });
  const unitField = field(t('unit'), unit);
  // The provincial office reads every government's figures; it signs in for none.
  const tenantField = tenant ? field(t('reportGovernment'), tenant) : null;
  const syncUnit = () => {
    if (tenantField) tenantField.hidden = role.value === 'province';
    const needsUnit = UNIT_SCOPED.includes(role.value);
    unit.required = needsUnit;
    unitField.querySelector('label').textContent = needsUnit ? t('unit') : `${t('unit')} (${t('optional')})`;
    if (!name.dataset.edited) name.value = `${{ triage: 'nia', agent: 'budi', supervisor: 'sari', viewer: 'pimpinan', admin: 'admin', province: 'provinsi' }[role.value]}.${role.value}`;
  };
  name.addEventListener('input', () => { name.dataset.edited = 'yes'; });
  role.addEventListener('change', syncUnit);
  const form = h('form', { class: 'stack', onsubmit: async (event) => {
    event.preventDefault();
    message.textContent = '';
    try {
      const body = { role: role.value, name: name.value.trim() };
      if (unit.value) body.unit = unit.value;
      if (tenant && role.value !== 'province') body.tenant = tenant.value;
      app.signedIn(await mintToken(body));
    } catch (error) {
      message.textContent = error.message;
    }
  } }, h('p', {}, t('signInLocal')), tenantField,
  field(t('role'), role), unitField, field(t('name'), name),
  h('button', { type: 'submit', class: 'primary' }, t('signIn')));
  card.append(form);
  syncUnit();
  const fillUnits = async () => {
    const chosen = unit.value;
    unit.replaceChildren(h('option', { value: '' }, '—'), h('option', { value: '*' }, t('allUnits')));
    for (const [code, label] of await localUnits(tenant?.value)) unit.append(h('option', { value: code }, label));
    unit.value = [...unit.options].some((option) => option.value === chosen) ? chosen : '';
  };
  tenant?.addEventListener('change', fillUnits);
  await fillUnits();
  return undefined;
}

/** The governments the local run serves: one, unless it was started with ADUAN_TENANTS. */
async function localGovernments() {
  try {
    const response = await fetch('/local/tenants');
    return response.ok ? (await response.json()).tenants : [];
  } catch {
    return [];
  }
}

async function mintToken(body) {
  const response = await fetch('/local/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(json.message ?? `HTTP ${response.status}`);
  return json.token;
}

/**
 * The units to pick from, those of the government given, read with a short-lived token of a viewer of
 * every unit (every role may read them).
 */
async function localUnits(tenant) {
  try {
    const token = await mintToken({ role: 'viewer', unit: '*', name: 'sign-in', ...(tenant ? { tenant } : {}) });
    const response = await fetch('/config/units', { headers: { authorization: `Bearer ${token}` } });
    const units = (await response.json()).value.units;
    return units.map((u) => [u.code, `${u.name} (${u.code})`]);
  } catch {
    return [];
  }
}
