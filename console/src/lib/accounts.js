/**
 * The Instagram accounts section as the settings page shows and edits it: one row per account, and
 * the body of PUT /config/accounts/{id} from the form's fields (the API checks it; nothing is guessed).
 */
export const FLAVOURS = ['INSTAGRAM_LOGIN', 'FACEBOOK_LOGIN'];

/** Rows of the accounts table: active accounts first, then retired ones, each by name. */
export function accountRows(value) {
  return [...(value?.accounts ?? [])]
    .map((account) => ({ ...account, active: !account.retiredAt }))
    .sort((a, b) => Number(b.active) - Number(a.active) || a.displayName.localeCompare(b.displayName));
}

/**
 * The registration a form describes: trimmed, the Page only with Facebook Login, optional fields left
 * out when empty. The account id travels in the path, the version beside the fields.
 */
export function registration(fields, version) {
  const text = (name) => (fields[name] ?? '').trim();
  const body = { version, displayName: text('displayName'), flavour: text('flavour'), tokenSecretId: text('tokenSecretId') };
  if (body.flavour === 'FACEBOOK_LOGIN' && text('facebookPageId')) body.facebookPageId = text('facebookPageId');
  if (text('defaultUnit')) body.defaultUnit = text('defaultUnit');
  return { id: text('instagramAccountId'), body };
}
