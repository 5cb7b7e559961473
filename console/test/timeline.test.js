import { describe, expect, it } from 'vitest';
import { actorOf, describeEvent, replyFate } from '../src/lib/timeline.js';
import { fillTemplate } from '../src/lib/templates.js';
import { commandFor } from '../src/lib/keyboard.js';

describe('timeline in plain Indonesian', () => {
  it('tells a status change with the statuses in words', () => {
    expect(describeEvent({ type: 'STATUS_CHANGED', details: { from: 'NEW', to: 'VERIFIED' } })).toBe('Baru → Terverifikasi');
  });

  it("tells a reply's fate", () => {
    const failed = { type: 'REPLY_FAILED', details: { method: 'DM', action: 'kirim ulang setelah pelapor membalas' } };
    expect(describeEvent(failed)).toBe('Balasan (Pesan langsung (DM)) gagal — kirim ulang setelah pelapor membalas');
    expect(replyFate(failed)).toBe('failed');
    expect(replyFate({ type: 'REPLY_SENT' })).toBe('sent');
    expect(replyFate({ type: 'NOTE_ADDED' })).toBeNull();
  });

  it('names who did it', () => {
    expect(actorOf({ actor: { kind: 'STAFF', name: 'tia.triage' } })).toBe('tia.triage');
    expect(actorOf({ actor: { kind: 'REPORTER' } })).toBe('Pelapor');
    expect(actorOf({ actor: { kind: 'SYSTEM', id: 'sla-monitor' } })).toBe('Sistem');
  });
});

describe('template preview', () => {
  it('fills the tracking code and unit as the API will', () => {
    const complaint = { trackingCode: 'ADU-7K3Q9', unit: { code: 'BINA_MARGA_SDA', name: 'Dinas PUPR' } };
    expect(fillTemplate('Aduan {kode} diteruskan ke {unit}.', complaint)).toBe('Aduan ADU-7K3Q9 diteruskan ke Dinas PUPR.');
  });
});

describe('keyboard', () => {
  const press = (key, target = { tagName: 'BODY' }) => commandFor({ key, target });

  it('maps the team keys', () => {
    expect(['j', 'k', 'Enter', 'v', 'f', 'r', 'n', '/', '?'].map((key) => press(key)))
      .toEqual(['next', 'previous', 'open', 'verify', 'forward', 'reply', 'note', 'search', 'help']);
  });

  it('leaves keys typed into a field to the field', () => {
    expect(press('j', { tagName: 'TEXTAREA' })).toBeNull();
    expect(press('Escape', { tagName: 'INPUT' })).toBe('escape');
  });
});
