import { describe, expect, it } from 'vitest';
import { accountRows, registration } from '../src/lib/accounts.js';

describe('accountRows', () => {
  it('lists active accounts before retired ones, each by name', () => {
    const rows = accountRows({ accounts: [
      { instagramAccountId: '3', displayName: 'Dinas Sosial', retiredAt: '2026-12-01T00:00:00Z' },
      { instagramAccountId: '2', displayName: 'Dinas Perhubungan', retiredAt: null },
      { instagramAccountId: '1', displayName: 'Pemkot Bandung', retiredAt: null },
    ] });
    expect(rows.map((row) => [row.instagramAccountId, row.active])).toEqual([['2', true], ['1', true], ['3', false]]);
  });
  it('reads an empty or missing section as no accounts', () => {
    expect(accountRows({ accounts: [] })).toEqual([]);
    expect(accountRows(undefined)).toEqual([]);
  });
});

describe('registration', () => {
  const form = {
    instagramAccountId: ' 17841400000000002 ', displayName: ' Dinas Perhubungan ', flavour: 'FACEBOOK_LOGIN',
    facebookPageId: '104000000000002', tokenSecretId: 'aduan/instagram/dishub', defaultUnit: 'PERHUBUNGAN',
  };

  it('sends the id in the path and the trimmed fields with the version', () => {
    expect(registration(form, 3)).toEqual({ id: '17841400000000002', body: {
      version: 3, displayName: 'Dinas Perhubungan', flavour: 'FACEBOOK_LOGIN', facebookPageId: '104000000000002',
      tokenSecretId: 'aduan/instagram/dishub', defaultUnit: 'PERHUBUNGAN',
    } });
  });
  it('leaves the Page out with Instagram Login and an empty default unit out', () => {
    const { body } = registration({ ...form, flavour: 'INSTAGRAM_LOGIN', defaultUnit: '' }, 0);
    expect(body).not.toHaveProperty('facebookPageId');
    expect(body).not.toHaveProperty('defaultUnit');
  });
  it('sends a Facebook Login account without its Page as it is, for the API to refuse by name', () => {
    expect(registration({ ...form, facebookPageId: ' ' }, 1).body).not.toHaveProperty('facebookPageId');
  });
});
