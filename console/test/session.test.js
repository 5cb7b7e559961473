import { describe, expect, it } from 'vitest';
import { figuresOnly, staffOf } from '../src/lib/session.js';

function token(claims) {
  const encode = (value) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${encode({ alg: 'none' })}.${encode(claims)}.signature`;
}

describe('staffOf', () => {
  it('reads the roles the console knows from the token groups, province included', () => {
    const staff = staffOf(token({ sub: 'p-1', 'cognito:username': 'provinsi', 'cognito:groups': ['province', 'unknown'] }));
    expect(staff.roles).toEqual(['province']);
    expect(staff.role).toBe('province');
  });

  it('refuses an expired token', () => {
    expect(staffOf(token({ sub: 'x', exp: 100 }), 200_000)).toBeNull();
  });
});

describe('figuresOnly', () => {
  it('is true only when province is the only role', () => {
    expect(figuresOnly({ roles: ['province'] })).toBe(true);
    expect(figuresOnly({ roles: ['province', 'viewer'] })).toBe(false);
    expect(figuresOnly({ roles: ['viewer'] })).toBe(false);
    expect(figuresOnly({ roles: [] })).toBe(false);
  });
});
