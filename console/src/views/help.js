import { h } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

/** The keyboard help, as a modal dialog (Escape closes it, focus returns where it was). */
export function showHelp() {
  if (document.querySelector('dialog.help')) return;
  const rows = [['j', 'kNext'], ['k', 'kPrev'], ['Enter', 'kOpen'], ['v', 'kVerify'], ['f', 'kForward'], ['r', 'kReply'],
    ['n', 'kNote'], ['/', 'kSearch'], ['?', 'kHelp']];
  const dialog = h('dialog', { class: 'help', 'aria-labelledby': 'help-title' },
    h('h2', { id: 'help-title' }, t('keyboard')),
    h('dl', {}, rows.map(([key, text]) => [h('dt', {}, h('kbd', {}, key)), h('dd', {}, t(text))])),
    h('form', { method: 'dialog' }, h('button', { class: 'primary' }, t('close'))));
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
