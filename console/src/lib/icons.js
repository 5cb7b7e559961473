/** Small line icons drawn inline (no icon font, no emoji font needed): one SVG path each. */
const PATHS = {
  comment: 'M4 5h16v10H9l-5 4z',
  live: 'M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8M5 5a10 10 0 0 0 0 14M19 5a10 10 0 0 1 0 14',
  mention: 'M16 12a4 4 0 1 1-1.2-2.8V13a2 2 0 0 0 4 0v-1a7 7 0 1 0-3 5.7',
  dm: 'M3 6h18v12H3zM3 6l9 7l9-7',
  story: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 8v4l3 2',
  clock: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v5l3 3',
  image: 'M4 5h16v14H4zM4 16l5-5l4 4l3-3l4 4',
};

export const CHANNEL_ICONS = {
  COMMENT: 'comment', LIVE_COMMENT: 'live', MENTION_COMMENT: 'mention', MENTION_MEDIA: 'mention', DM: 'dm', STORY_MENTION: 'story',
};

export function icon(name, className = 'icon') {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', PATHS[name] ?? PATHS.comment);
  svg.append(path);
  return svg;
}
