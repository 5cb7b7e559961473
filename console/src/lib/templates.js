/** A reply template as the reporter will read it: the placeholders the API fills, filled here for the preview. */
export function fillTemplate(text, complaint) {
  const values = {
    kode: complaint.trackingCode,
    unit: complaint.unit?.name ?? complaint.unit?.code ?? '',
    rujukan: complaint.rejection?.referral ?? '',
    kode_asal: complaint.rejection?.duplicateOf ?? '',
  };
  return (text ?? '').replace(/\{([a-z_]+)\}/g, (whole, name) => (name in values ? values[name] : whole));
}

/** Methods whose text Instagram counts in bytes (direct messages); a public reply counts characters. */
export const BYTE_COUNTED_METHODS = ['DM', 'DM_HUMAN_AGENT', 'PRIVATE_REPLY'];
export const PUBLIC_REPLY_CHAR_LIMIT = 2200;
