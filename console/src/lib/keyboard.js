/** The team's keys (CONSOLE.md): j/k move, Enter opens, v verify, f forward, r reply, n note, / search, ? help. */
export const KEYS = {
  j: 'next', k: 'previous', Enter: 'open', v: 'verify', f: 'forward', r: 'reply', n: 'note', '/': 'search', '?': 'help',
  Escape: 'escape',
};

function typingIn(target) {
  if (!target) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/** The command a key press asks for, or null: keys typed into a field are the field's, except Escape. */
export function commandFor(event) {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const command = KEYS[event.key] ?? null;
  if (command === null) return null;
  if (typingIn(event.target) && command !== 'escape') return null;
  if (command === 'open' && event.target && ['A', 'BUTTON'].includes(event.target.tagName)) return null;
  return command;
}
