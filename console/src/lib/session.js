/**
 * The signed-in staff member: the ID token, kept only in sessionStorage (gone with the tab), and what
 * its claims say. Signing out clears sessionStorage entirely.
 */
const TOKEN_KEY = 'aduan.token';

export function decodeClaims(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(Array.from(atob(payload), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''));
    return JSON.parse(json);
  } catch {
    return null;
  }
}

const ROLES = ['admin', 'triage', 'supervisor', 'agent', 'viewer', 'province'];

/** The staff member a token describes, or null when it is unreadable or expired at `now`. */
export function staffOf(token, now = Date.now()) {
  const claims = token ? decodeClaims(token) : null;
  if (!claims || (claims.exp && claims.exp * 1000 <= now)) return null;
  const groups = Array.isArray(claims['cognito:groups']) ? claims['cognito:groups'] : [];
  const roles = ROLES.filter((role) => groups.includes(role));
  return {
    id: claims.sub,
    name: claims['cognito:username'] ?? claims.email ?? claims.sub,
    roles,
    role: roles[0] ?? 'viewer',
    unit: claims['custom:unit'] ?? null,
    expiresAt: claims.exp ? claims.exp * 1000 : null,
  };
}

/** The provincial office's role alone reads figures only: the reports page is all the console shows it. */
export function figuresOnly(staff) {
  return staff.roles.length > 0 && staff.roles.every((role) => role === 'province');
}

export function storedToken(storage = sessionStorage) {
  return storage.getItem(TOKEN_KEY);
}

export function keepToken(token, storage = sessionStorage) {
  storage.setItem(TOKEN_KEY, token);
}

export function signOut(storage = sessionStorage) {
  storage.clear();
}
