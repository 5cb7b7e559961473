import { describe, expect, it } from 'vitest';
import { authenticityLines } from '../src/lib/authenticity.js';

describe('authenticity signals', () => {
  it('puts what weakens a complaint before what supports it, keeping the order within each', () => {
    const lines = authenticityLines([
      { signal: 'PLACE_NAMED', effect: 'SUPPORTS', reason: 'Menyebut Kel. Cipedes' },
      { signal: 'SAME_TEXT_ELSEWHERE', effect: 'WEAKENS', reason: 'Teks yang sama dikirim 2 akun lain' },
      { signal: 'MEDIA_ATTACHED', effect: 'SUPPORTS', reason: 'Melampirkan 1 foto/video' },
      { signal: 'ALL_CAPS', effect: 'WEAKENS', reason: 'Semua huruf kapital' },
    ]);

    expect(lines.map((line) => line.signal)).toEqual(['SAME_TEXT_ELSEWHERE', 'ALL_CAPS', 'PLACE_NAMED', 'MEDIA_ATTACHED']);
    expect(lines.map((line) => line.weakens)).toEqual([true, true, false, false]);
  });

  it('shows nothing for a complaint without signals or with signals that say nothing', () => {
    expect(authenticityLines(undefined)).toEqual([]);
    expect(authenticityLines([])).toEqual([]);
    expect(authenticityLines([{ signal: 'LINK_ONLY', effect: 'WEAKENS', reason: ' ' }, null])).toEqual([]);
  });
});
