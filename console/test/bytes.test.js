import { describe, expect, it } from 'vitest';
import { dmCounter, utf8Bytes } from '../src/lib/bytes.js';

describe('DM byte counting', () => {
  it('counts ASCII as one byte per character', () => {
    expect(utf8Bytes('Mohon kirim foto')).toBe(16);
  });

  it('counts accents, Indonesian punctuation and emoji in UTF-8 bytes', () => {
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('—')).toBe(3);
    expect(utf8Bytes('🙏')).toBe(4);
  });

  it('allows exactly 1000 bytes and refuses one more', () => {
    expect(dmCounter('a'.repeat(1000))).toMatchObject({ bytes: 1000, over: false });
    expect(dmCounter(`${'a'.repeat(997)}🙏`)).toMatchObject({ bytes: 1001, over: true });
  });

  it('treats no text as zero bytes', () => {
    expect(dmCounter(undefined).bytes).toBe(0);
  });
});
