import { currentLanguage } from './i18n.js';

/** An answer of the staff API that is not a success: its status and the API's error body. */
export class ApiError extends Error {
  constructor(status, error) {
    super(error?.message ?? `HTTP ${status}`);
    this.status = status;
    this.code = error?.code ?? (status === 401 ? 'UNAUTHENTICATED' : `HTTP_${status}`);
    this.details = error ?? {};
  }
}

/**
 * The staff API, called with the session's token. Every change carries the version it was read at;
 * nothing is assumed: the caller shows what the API answered.
 */
export class StaffApi {
  constructor(baseUrl, tokenSource, onUnauthenticated = () => {}) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.tokenSource = tokenSource;
    this.onUnauthenticated = onUnauthenticated;
  }

  async call(method, path, body) {
    const headers = { accept: 'application/json', 'accept-language': currentLanguage() };
    const token = this.tokenSource();
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response;
    try {
      response = await fetch(this.baseUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
    } catch {
      throw new ApiError(0, { code: 'NETWORK', message: 'network' });
    }
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { json = null; }
    if (!response.ok) {
      if (response.status === 401) this.onUnauthenticated();
      throw new ApiError(response.status, json?.error ?? { message: json?.message });
    }
    return json;
  }

  complaints(query) { return this.call('GET', `/complaints?${query}`); }
  counts() { return this.call('GET', '/complaints/counts'); }
  complaint(id) { return this.call('GET', `/complaints/${encodeURIComponent(id)}`); }
  act(id, version, action) { return this.call('POST', `/complaints/${encodeURIComponent(id)}/actions`, { ...action, version }); }
  note(id, version, text) { return this.call('POST', `/complaints/${encodeURIComponent(id)}/notes`, { text, version }); }
  reply(id, version, reply) { return this.call('POST', `/complaints/${encodeURIComponent(id)}/replies`, { ...reply, version }); }
  hide(id, version) { return this.call('POST', `/complaints/${encodeURIComponent(id)}/hide`, { version }); }
  config(section) { return this.call('GET', `/config/${section}`); }
  reports(query) { return this.call('GET', `/reports/summary?${query}`); }
  saveConfig(section, version, value) { return this.call('PUT', `/config/${section}`, { version, value }); }
  registerAccount(id, body) { return this.call('PUT', `/config/accounts/${encodeURIComponent(id)}`, body); }
  retireAccount(id, version) { return this.call('DELETE', `/config/accounts/${encodeURIComponent(id)}`, { version }); }
  unknownAccounts() { return this.call('GET', '/config/accounts/unknown'); }
}
