import { word } from './i18n.js';

/**
 * A timeline event as a sentence in plain Indonesian (or English): who did what, and why. The reply
 * events tell the reply's fate: Antri, Terkirim, Gagal (with what to do), Belum pasti.
 */
const ESCALATION = {
  id: { BREACH_UNIT: 'diberitahukan ke unit', BREACH_SUPERVISOR: 'dinaikkan ke supervisor', BREACH_COMMUNICATIONS: 'dinaikkan ke Diskominfo' },
  en: { BREACH_UNIT: 'unit told', BREACH_SUPERVISOR: 'escalated to the supervisor', BREACH_COMMUNICATIONS: 'escalated to the communications office' },
};

const SENTENCES = {
  id: {
    RECEIVED: (d) => `Aduan masuk lewat ${word('channel', d.channel).toLowerCase()}`,
    MESSAGE_ADDED: () => 'Pelapor mengirim pesan baru',
    MESSAGE_EDITED: () => 'Pelapor mengedit pesannya',
    MESSAGE_UNSENT: () => 'Pelapor menarik pesannya',
    RESPONDED_ON_INSTAGRAM: () => 'Dibalas langsung di Instagram',
    CONTENT_FETCHED: () => 'Isi sebutan diambil dari Instagram',
    STATUS_CHANGED: (d) => `${word('status', d.from)} → ${word('status', d.to)}${d.unit ? ` (${d.unit})` : ''}${d.rejection ? `: ${word('rejection', d.rejection)}` : ''}`,
    ROUTED: (d) => (d.from ? `Unit: ${d.from} → ${d.to}` : `Unit ditetapkan: ${d.to}`),
    PRIORITY_CHANGED: (d) => `Prioritas: ${word('priority', d.from)} → ${word('priority', d.to)}`,
    ASSIGNED: (d) => (d.toId ? `Ditugaskan ke ${d.toName ?? d.toId}` : 'Tugas dikembalikan ke unit'),
    NOTE_ADDED: (d) => `Catatan internal: ${d.text ?? ''}`,
    MERGED: (d) => `Aduan ${d.duplicateTrackingCode} digabungkan ke sini`,
    REPLY_QUEUED: (d) => `Balasan (${word('method', d.method)}) antri untuk dikirim`,
    REPLY_SENT: (d) => `Balasan (${word('method', d.method)}) terkirim`,
    REPLY_FAILED: (d) => `Balasan (${word('method', d.method)}) gagal${d.action ? ` — ${d.action}` : ''}`,
    REPLY_UNCERTAIN: (d) => `Balasan (${word('method', d.method)}) belum pasti terkirim${d.action ? ` — ${d.action}` : ''}`,
    COMMENT_HIDDEN: () => 'Komentar pelapor disembunyikan',
    SLA_WARNING: (d) => `Peringatan tenggat ${word('clock', d.clock)}`,
    SLA_BREACH: (d) => `Lewat tenggat ${word('clock', d.clock)}${ESCALATION.id[d.level] ? ` — ${ESCALATION.id[d.level]}` : ''}`,
  },
  en: {
    RECEIVED: (d) => `Received as ${word('channel', d.channel).toLowerCase()}`,
    MESSAGE_ADDED: () => 'The reporter sent a new message',
    MESSAGE_EDITED: () => 'The reporter edited a message',
    MESSAGE_UNSENT: () => 'The reporter unsent a message',
    RESPONDED_ON_INSTAGRAM: () => 'Answered directly on Instagram',
    CONTENT_FETCHED: () => 'Mention text fetched from Instagram',
    STATUS_CHANGED: (d) => `${word('status', d.from)} → ${word('status', d.to)}${d.unit ? ` (${d.unit})` : ''}${d.rejection ? `: ${word('rejection', d.rejection)}` : ''}`,
    ROUTED: (d) => (d.from ? `Unit: ${d.from} → ${d.to}` : `Unit set: ${d.to}`),
    PRIORITY_CHANGED: (d) => `Priority: ${word('priority', d.from)} → ${word('priority', d.to)}`,
    ASSIGNED: (d) => (d.toId ? `Assigned to ${d.toName ?? d.toId}` : 'Given back to the unit'),
    NOTE_ADDED: (d) => `Internal note: ${d.text ?? ''}`,
    MERGED: (d) => `Complaint ${d.duplicateTrackingCode} merged into this one`,
    REPLY_QUEUED: (d) => `Reply (${word('method', d.method)}) queued`,
    REPLY_SENT: (d) => `Reply (${word('method', d.method)}) sent`,
    REPLY_FAILED: (d) => `Reply (${word('method', d.method)}) failed${d.action ? ` — ${d.action}` : ''}`,
    REPLY_UNCERTAIN: (d) => `Reply (${word('method', d.method)}) may not have been sent${d.action ? ` — ${d.action}` : ''}`,
    COMMENT_HIDDEN: () => "The reporter's comment was hidden",
    SLA_WARNING: (d) => `Deadline warning: ${word('clock', d.clock)}`,
    SLA_BREACH: (d) => `Deadline breached: ${word('clock', d.clock)}${ESCALATION.en[d.level] ? ` — ${ESCALATION.en[d.level]}` : ''}`,
  },
};

export function describeEvent(event, language = 'id') {
  const sentence = (SENTENCES[language] ?? SENTENCES.id)[event.type];
  return sentence ? sentence(event.details ?? {}) : event.type;
}

/** Who: the staff member's name, "Pelapor", or "Sistem". */
export function actorOf(event, language = 'id') {
  const actor = event.actor ?? {};
  if (actor.kind === 'STAFF') return actor.name ?? actor.id ?? 'staff';
  if (actor.kind === 'REPORTER') return language === 'en' ? 'Reporter' : 'Pelapor';
  return language === 'en' ? 'System' : 'Sistem';
}

/** The tone of a reply event on the timeline: queued, sent, failed, uncertain; null for others. */
export function replyFate(event) {
  return { REPLY_QUEUED: 'queued', REPLY_SENT: 'sent', REPLY_FAILED: 'failed', REPLY_UNCERTAIN: 'uncertain' }[event.type] ?? null;
}
