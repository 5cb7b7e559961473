/** Instagram refuses a direct message over 1000 bytes of UTF-8: count as the API will. */
export const DM_BYTE_LIMIT = 1000;

export function utf8Bytes(text) {
  return new TextEncoder().encode(text ?? '').length;
}

/** What the reply box shows under a DM: bytes used, the limit, and whether it is over. */
export function dmCounter(text, limit = DM_BYTE_LIMIT) {
  const bytes = utf8Bytes(text);
  return { bytes, limit, over: bytes > limit, label: `${bytes}/${limit} bytes` };
}
