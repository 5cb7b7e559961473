/**
 * What supports or weakens a complaint (the staff API's `authenticity`, reasons already in the caller's
 * language), in the order an officer weighs them: what weakens it first, since that is what calls for a
 * second look before verifying.
 */
export function authenticityLines(signals) {
  if (!Array.isArray(signals)) return [];
  return signals
    .filter((signal) => signal && typeof signal.reason === 'string' && signal.reason.trim() !== '')
    .map((signal) => ({ weakens: signal.effect === 'WEAKENS', signal: signal.signal, reason: signal.reason }))
    .sort((a, b) => Number(b.weakens) - Number(a.weakens));
}
