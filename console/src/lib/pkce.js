/** Authorization code with PKCE against the Cognito user pool's hosted sign-in; no client secret. */
const VERIFIER_KEY = 'aduan.pkce.verifier';
const STATE_KEY = 'aduan.pkce.state';

function base64Url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText(length = 48) {
  return base64Url(crypto.getRandomValues(new Uint8Array(length)));
}

export async function challengeOf(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

function redirectUri() {
  return `${location.origin}/masuk`;
}

export async function startHostedSignIn(config) {
  const verifier = randomText();
  const state = randomText(16);
  sessionStorage.setItem(VERIFIER_KEY, verifier);
  sessionStorage.setItem(STATE_KEY, state);
  const params = new URLSearchParams({
    response_type: 'code', client_id: config.clientId, redirect_uri: redirectUri(), scope: 'openid email profile',
    state, code_challenge_method: 'S256', code_challenge: await challengeOf(verifier),
  });
  location.assign(`https://${config.domain}/oauth2/authorize?${params}`);
}

/** Back from the hosted sign-in with ?code=…&state=…: the ID token, or an Error. */
export async function finishHostedSignIn(config, search) {
  const params = new URLSearchParams(search);
  const verifier = sessionStorage.getItem(VERIFIER_KEY);
  if (!params.get('code') || params.get('state') !== sessionStorage.getItem(STATE_KEY) || !verifier) {
    throw new Error('sign-in answer does not match the request');
  }
  sessionStorage.removeItem(VERIFIER_KEY);
  sessionStorage.removeItem(STATE_KEY);
  const response = await fetch(`https://${config.domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', client_id: config.clientId, code: params.get('code'),
      redirect_uri: redirectUri(), code_verifier: verifier,
    }),
  });
  if (!response.ok) throw new Error(`token exchange refused (${response.status})`);
  return (await response.json()).id_token;
}

export function hostedSignOutUrl(config) {
  const params = new URLSearchParams({ client_id: config.clientId, logout_uri: `${location.origin}/masuk` });
  return `https://${config.domain}/logout?${params}`;
}
