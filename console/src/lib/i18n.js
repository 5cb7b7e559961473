/** Interface text: Indonesian first (CONSOLE.md's words), English as the switchable second language. */
const TEXT = {
  id: {
    appName: 'Aduan', inbox: 'Kotak masuk', settings: 'Pengaturan', reports: 'Laporan', signIn: 'Masuk', signOut: 'Keluar',
    search: 'Cari aduan…', searchLabel: 'Cari teks aduan', filters: 'Filter', queues: 'Antrean',
    status: 'Status', unit: 'Unit / OPD', priority: 'Prioritas', channel: 'Kanal', assignee: 'Petugas', sla: 'Tenggat',
    all: 'Semua', mine: 'Tugas saya', atRisk: 'Berisiko', breached: 'Lewat tenggat', newest: 'Terbaru dulu', oldest: 'Terlama dulu',
    order: 'Urutan', open: 'Semua yang terbuka', notComplaint: 'Mungkin bukan aduan',
    loadMore: 'Muat lebih banyak', noComplaints: 'Tidak ada aduan di antrean ini.', loading: 'Memuat…',
    newArrived: 'Ada aduan baru — tampilkan', back: 'Kembali ke daftar', unassigned: 'belum ditugaskan',
    reporter: 'Pelapor', conversation: 'Percakapan', timeline: 'Linimasa', deadlines: 'Tenggat (SLA)',
    triageSuggestion: 'Saran triase', evidence: 'Kata kunci', confirm: 'Konfirmasi', confidence: 'keyakinan',
    localOffice: 'Kantor wilayah', authenticity: 'Keaslian', supports: 'mendukung', weakens: 'melemahkan',
    duplicateSuggestion: 'Mungkin sama dengan', merge: 'Gabungkan', notComplaintSuggestion: 'Triase: mungkin bukan aduan',
    actions: 'Aksi', noActions: 'Peran Anda hanya dapat melihat aduan ini.', note: 'Catatan internal', addNote: 'Simpan catatan',
    reply: 'Balas', replyMethod: 'Cara membalas', template: 'Template', ownText: 'Tulis sendiri', send: 'Kirim balasan',
    closedMethods: 'Tidak tersedia', preview: 'Pratinjau', replyText: 'Teks balasan',
    submit: 'Simpan', cancel: 'Batal', reason: 'Alasan', category: 'Kategori / topik', rejection: 'Alasan penolakan',
    referral: 'Rujukan (ke mana pelapor harus mengadu)', duplicateOf: 'Kode aduan asal', assignToMe: 'Saya sendiri',
    assigneeId: 'ID petugas', assigneeName: 'Nama petugas', unassign: 'Lepaskan tugas', reportFrom: 'Dari tanggal', reportTo: 'Sampai sebelum', reportGroupBy: 'Per', reportShow: 'Tampilkan', reportTotals: 'Jumlah', report_received: 'Diterima', report_verified: 'Terverifikasi', report_forwarded: 'Didisposisikan', report_resolved: 'Selesai', report_closed: 'Ditutup', report_reopened: 'Dibuka kembali', reportResponseTimes: 'Waktu tanggapan (jam kerja)', reportFirstResponse: 'Respons pertama', reportResolution: 'Penyelesaian', reportCount: 'Jumlah aduan', reportSlaPerGroup: 'Kepatuhan SLA per unit', reportOnTime: 'Tepat waktu', reportBreached: 'Lewat tenggat', reportRunning: 'Berjalan', reportBacklog: 'Aduan terbuka menurut umur', reportNothing: 'Belum ada aduan pada rentang ini.', reportGovernment: 'Pemerintah daerah', reportAllGovernments: 'Semua pemerintah daerah', reportTriagePool: 'Tim media sosial (belum didisposisikan)', age_UNDER_ONE_DAY: '< 1 hari', age_ONE_TO_THREE_DAYS: '1–3 hari', age_THREE_TO_SEVEN_DAYS: '3–7 hari', age_OVER_SEVEN_DAYS: '> 7 hari',
    optional: 'opsional', allUnits: 'Semua unit (pimpinan saja)',
    stale: 'Aduan ini baru saja diubah orang lain. Data terbaru sudah dimuat; periksa lalu ulangi bila perlu.',
    staleBy: 'Diubah oleh', moveNotAllowed: 'Aksi ini tidak bisa sekarang. Yang bisa:', saved: 'Tersimpan.',
    queued: 'Balasan masuk antrean pengiriman.', notFound: 'Aduan tidak ditemukan, atau bukan milik unit Anda.',
    forbidden: 'Peran Anda tidak diizinkan melakukan ini.', networkError: 'Server tidak dapat dihubungi. Coba lagi.',
    sessionExpired: 'Sesi berakhir. Silakan masuk lagi.',
    signInTitle: 'Masuk ke Aduan', signInLocal: 'Menjalankan secara lokal: pilih peran dan unit.', role: 'Peran', name: 'Nama',
    signInHosted: 'Masuk dengan akun kantor', signingIn: 'Sedang masuk…',
    keyboard: 'Pintasan keyboard', close: 'Tutup', language: 'English',
    kNext: 'aduan berikutnya', kPrev: 'aduan sebelumnya', kOpen: 'buka aduan', kVerify: 'verifikasi', kForward: 'disposisi',
    kReply: 'balas', kNote: 'catatan internal', kSearch: 'cari', kHelp: 'bantuan ini',
    edited: 'diedit', unsent: 'ditarik pelapor', media: 'Lampiran', mergedFrom: 'Pesan dari aduan yang digabungkan',
    ageLabel: 'umur', received: 'Masuk', deadline: 'tenggat', paused: 'dijeda', stopped: 'berhenti', onTime: 'tepat waktu',
    lateStop: 'terlambat', masked: 'Data pribadi disamarkan untuk peran Anda.',
    units: 'Unit / OPD', slaTargets: 'Target SLA', calendar: 'Kalender kerja', templates: 'Template balasan',
    saveSection: 'Simpan bagian ini', version: 'versi', adminOnly: 'Hanya admin yang dapat mengubah pengaturan.',
    code: 'Kode', handles: 'Menangani', addUnit: 'Tambah unit', warnShare: 'Peringatan pada bagian tenggat',
    officeHours: 'Jam kantor', holidays: 'Hari libur', json: 'Isi (JSON)', invalidJson: 'Bukan JSON yang sah',
    sectionSaved: 'Pengaturan tersimpan', accounts: 'Akun Instagram', accountId: 'ID akun Instagram',
    displayName: 'Nama tampilan', flavour: 'Cara terhubung', facebookPageId: 'ID Halaman Facebook',
    tokenSecretId: 'Secret token (Secrets Manager)', defaultUnit: 'Unit bawaan', noDefaultUnit: '— tanpa unit bawaan —',
    addAccount: 'Tambah akun', editAccount: 'Ubah', retireAccount: 'Pensiunkan', retired: 'dipensiunkan', active: 'aktif',
    saveAccount: 'Simpan akun', accountSaved: 'Akun tersimpan', accountRetired: 'Akun dipensiunkan',
    noAccounts: 'Belum ada akun terdaftar: semua kiriman diterima sebagai akun utama deployment.',
    unknownAccounts: 'Akun belum terdaftar', unknownAccountsHint: 'Kiriman untuk akun ini disimpan dan belum diproses; daftarkan akunnya agar diproses.',
    changesHeld: 'perubahan tertahan', lastSeen: 'terakhir', register: 'Daftarkan',
    pageIdHint: 'Hanya untuk Facebook Login', secretHint: 'Nama secret diawali aduan/instagram/, berisi accessToken',
    unitHint: 'Aduan dari akun ini diarahkan ke unit ini kecuali triase sangat yakin (≥ 0,8) unit lain',
    skipToMain: 'Lompat ke isi', menu: 'Menu', bytes: 'byte',
    firstLine: 'Isi', age: 'Umur', code_: 'Kode',
    changedElsewhere: 'Aduan ini baru saja diubah orang lain.', reload: 'Muat ulang', pickComplaint: 'Pilih aduan dari daftar untuk membukanya.', keysHint: 'Keyboard: j/k berpindah, Enter membuka, ? bantuan', noUnit: 'unit belum ditetapkan', suggested: 'saran', moreActions: 'Lainnya', newMessage: 'Pelapor mengirim pesan baru.',
  },
  en: {
    appName: 'Aduan', inbox: 'Inbox', settings: 'Settings', reports: 'Reports', signIn: 'Sign in', signOut: 'Sign out',
    search: 'Search complaints…', searchLabel: 'Search complaint text', filters: 'Filters', queues: 'Queues',
    status: 'Status', unit: 'Unit', priority: 'Priority', channel: 'Channel', assignee: 'Assignee', sla: 'Deadline',
    all: 'All', mine: 'Mine', atRisk: 'At risk', breached: 'Breached', newest: 'Newest first', oldest: 'Oldest first',
    order: 'Order', open: 'All open', notComplaint: 'Probably not a complaint',
    loadMore: 'Load more', noComplaints: 'No complaints in this queue.', loading: 'Loading…',
    newArrived: 'New complaints — show', back: 'Back to the list', unassigned: 'unassigned',
    reporter: 'Reporter', conversation: 'Conversation', timeline: 'Timeline', deadlines: 'Deadlines (SLA)',
    triageSuggestion: 'Triage suggestion', evidence: 'Evidence', confirm: 'Confirm', confidence: 'confidence',
    localOffice: 'Local office', authenticity: 'Authenticity', supports: 'supports', weakens: 'weakens',
    duplicateSuggestion: 'Possibly the same as', merge: 'Merge', notComplaintSuggestion: 'Triage: probably not a complaint',
    actions: 'Actions', noActions: 'Your role can only view this complaint.', note: 'Internal note', addNote: 'Save note',
    reply: 'Reply', replyMethod: 'Reply method', template: 'Template', ownText: 'Own text', send: 'Send reply',
    closedMethods: 'Not available', preview: 'Preview', replyText: 'Reply text',
    submit: 'Save', cancel: 'Cancel', reason: 'Reason', category: 'Category / topic', rejection: 'Rejection reason',
    referral: 'Referral (where the reporter should go)', duplicateOf: 'Tracking code of the original', assignToMe: 'Myself',
    assigneeId: 'Staff id', assigneeName: 'Staff name', unassign: 'Unassign', reportFrom: 'From', reportTo: 'Until before', reportGroupBy: 'By', reportShow: 'Show', reportTotals: 'Totals', report_received: 'Received', report_verified: 'Verified', report_forwarded: 'Forwarded', report_resolved: 'Resolved', report_closed: 'Closed', report_reopened: 'Reopened', reportResponseTimes: 'Response times (working time)', reportFirstResponse: 'First response', reportResolution: 'Resolution', reportCount: 'Complaints', reportSlaPerGroup: 'SLA compliance per unit', reportOnTime: 'On time', reportBreached: 'Breached', reportRunning: 'Running', reportBacklog: 'Open complaints by age', reportNothing: 'No complaints in this window.', reportGovernment: 'Government', reportAllGovernments: 'All governments', reportTriagePool: 'Social-media team (not yet forwarded)', age_UNDER_ONE_DAY: '< 1 day', age_ONE_TO_THREE_DAYS: '1–3 days', age_THREE_TO_SEVEN_DAYS: '3–7 days', age_OVER_SEVEN_DAYS: '> 7 days',
    optional: 'optional', allUnits: 'Every unit (leadership only)',
    stale: 'Someone else just changed this complaint. The latest version is loaded; check it and try again if needed.',
    staleBy: 'Changed by', moveNotAllowed: 'Not possible now. Possible:', saved: 'Saved.',
    queued: 'Reply queued for sending.', notFound: 'No such complaint, or not your unit\'s.',
    forbidden: 'Your role does not allow this.', networkError: 'The server cannot be reached. Try again.',
    sessionExpired: 'Your session ended. Please sign in again.',
    signInTitle: 'Sign in to Aduan', signInLocal: 'Running locally: pick a role and unit.', role: 'Role', name: 'Name',
    signInHosted: 'Sign in with your office account', signingIn: 'Signing in…',
    keyboard: 'Keyboard shortcuts', close: 'Close', language: 'Bahasa Indonesia',
    kNext: 'next complaint', kPrev: 'previous complaint', kOpen: 'open complaint', kVerify: 'verify', kForward: 'forward',
    kReply: 'reply', kNote: 'internal note', kSearch: 'search', kHelp: 'this help',
    edited: 'edited', unsent: 'unsent by the reporter', media: 'Attachment', mergedFrom: 'Messages from merged complaints',
    ageLabel: 'age', received: 'Received', deadline: 'deadline', paused: 'paused', stopped: 'stopped', onTime: 'on time',
    lateStop: 'late', masked: 'Personal data is masked for your role.',
    units: 'Units', slaTargets: 'SLA targets', calendar: 'Working calendar', templates: 'Reply templates',
    saveSection: 'Save this section', version: 'version', adminOnly: 'Only admins can change settings.',
    code: 'Code', handles: 'Handles', addUnit: 'Add unit', warnShare: 'Warning at share of target',
    officeHours: 'Office hours', holidays: 'Holidays', json: 'Content (JSON)', invalidJson: 'Not valid JSON',
    sectionSaved: 'Settings saved', accounts: 'Instagram accounts', accountId: 'Instagram account id',
    displayName: 'Display name', flavour: 'Connected with', facebookPageId: 'Facebook Page id',
    tokenSecretId: 'Token secret (Secrets Manager)', defaultUnit: 'Default unit', noDefaultUnit: '— no default unit —',
    addAccount: 'Add account', editAccount: 'Edit', retireAccount: 'Retire', retired: 'retired', active: 'active',
    saveAccount: 'Save account', accountSaved: 'Account saved', accountRetired: 'Account retired',
    noAccounts: 'No account registered: every delivery is taken in as the deployment\'s own account.',
    unknownAccounts: 'Unregistered accounts', unknownAccountsHint: 'Deliveries for these accounts are kept, not yet taken in; register the account to take them in.',
    changesHeld: 'changes held', lastSeen: 'last', register: 'Register',
    pageIdHint: 'Facebook Login only', secretHint: 'A secret named aduan/instagram/…, holding accessToken',
    unitHint: 'Complaints from this account go to this unit unless triage is very sure (≥ 0.8) of another',
    skipToMain: 'Skip to content', menu: 'Menu', bytes: 'bytes',
    firstLine: 'Text', age: 'Age', code_: 'Code',
    changedElsewhere: 'Someone else just changed this complaint.', reload: 'Reload', pickComplaint: 'Pick a complaint from the list to open it.', keysHint: 'Keyboard: j/k move, Enter opens, ? help', noUnit: 'no unit yet', suggested: 'suggested', moreActions: 'More', newMessage: 'The reporter sent a new message.',
  },
};

export const PRIORITIES = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];
export const STATUSES = ['NEW', 'NEEDS_INFO', 'VERIFIED', 'FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REJECTED'];
export const CHANNELS = ['COMMENT', 'LIVE_COMMENT', 'MENTION_COMMENT', 'MENTION_MEDIA', 'DM', 'STORY_MENTION'];

const WORDS = {
  id: {
    priority: { URGENT: 'Darurat', HIGH: 'Tinggi', NORMAL: 'Normal', LOW: 'Rendah' },
    status: { NEW: 'Baru', NEEDS_INFO: 'Perlu informasi', VERIFIED: 'Terverifikasi', FORWARDED: 'Didisposisikan',
      IN_PROGRESS: 'Ditindaklanjuti', RESOLVED: 'Selesai', CLOSED: 'Ditutup', REJECTED: 'Ditolak' },
    channel: { COMMENT: 'Komentar', LIVE_COMMENT: 'Komentar live', MENTION_COMMENT: 'Sebutan di komentar',
      MENTION_MEDIA: 'Sebutan di unggahan', DM: 'Pesan langsung', STORY_MENTION: 'Sebutan di story' },
    action: { VERIFY: 'Verifikasi', ASK_FOR_INFORMATION: 'Minta info', FORWARD: 'Disposisi', REROUTE: 'Alihkan',
      START_FOLLOW_UP: 'Tindak lanjut', RESOLVE: 'Tandai selesai', CLOSE: 'Tutup', REOPEN: 'Buka kembali', REJECT: 'Tolak',
      ASSIGN: 'Tugaskan', CHANGE_PRIORITY: 'Ubah prioritas', HIDE_COMMENT: 'Sembunyikan komentar', ADD_NOTE: 'Catatan internal',
      QUEUE_REPLY: 'Balas' },
    rejection: { NOT_A_COMPLAINT: 'Bukan aduan', SPAM: 'Spam', NOT_OUR_AUTHORITY: 'Bukan kewenangan kami', DUPLICATE: 'Duplikat' },
    flavour: { INSTAGRAM_LOGIN: 'Instagram Login', FACEBOOK_LOGIN: 'Facebook Login (dengan Halaman)' },
    method: { PUBLIC_COMMENT_REPLY: 'Komentar publik', DM: 'Pesan langsung (DM)', DM_HUMAN_AGENT: 'DM oleh petugas',
      PRIVATE_REPLY: 'Balasan pribadi' },
    role: { admin: 'Admin', triage: 'Tim media sosial (triage)', supervisor: 'Supervisor unit', agent: 'Petugas unit', viewer: 'Pimpinan (lihat saja)', province: 'Provinsi (angka saja)' },
    clock: { FIRST_RESPONSE: 'Respons pertama', VERIFICATION: 'Verifikasi', FOLLOW_UP: 'Tindak lanjut', RESOLUTION: 'Penyelesaian' },
  },
  en: {
    priority: { URGENT: 'Urgent', HIGH: 'High', NORMAL: 'Normal', LOW: 'Low' },
    status: { NEW: 'New', NEEDS_INFO: 'Needs information', VERIFIED: 'Verified', FORWARDED: 'Forwarded',
      IN_PROGRESS: 'In progress', RESOLVED: 'Resolved', CLOSED: 'Closed', REJECTED: 'Rejected' },
    channel: { COMMENT: 'Comment', LIVE_COMMENT: 'Live comment', MENTION_COMMENT: 'Mention in a comment',
      MENTION_MEDIA: 'Mention in a post', DM: 'Direct message', STORY_MENTION: 'Story mention' },
    action: { VERIFY: 'Verify', ASK_FOR_INFORMATION: 'Ask for info', FORWARD: 'Forward', REROUTE: 'Re-route',
      START_FOLLOW_UP: 'Start follow-up', RESOLVE: 'Resolve', CLOSE: 'Close', REOPEN: 'Reopen', REJECT: 'Reject',
      ASSIGN: 'Assign', CHANGE_PRIORITY: 'Change priority', HIDE_COMMENT: 'Hide comment', ADD_NOTE: 'Internal note',
      QUEUE_REPLY: 'Reply' },
    rejection: { NOT_A_COMPLAINT: 'Not a complaint', SPAM: 'Spam', NOT_OUR_AUTHORITY: 'Not our authority', DUPLICATE: 'Duplicate' },
    flavour: { INSTAGRAM_LOGIN: 'Instagram Login', FACEBOOK_LOGIN: 'Facebook Login (with a Page)' },
    method: { PUBLIC_COMMENT_REPLY: 'Public comment', DM: 'Direct message (DM)', DM_HUMAN_AGENT: 'DM by staff',
      PRIVATE_REPLY: 'Private reply' },
    role: { admin: 'Admin', triage: 'Social-media team (triage)', supervisor: 'Unit supervisor', agent: 'Unit agent', viewer: 'Leadership (view only)', province: 'Province (figures only)' },
    clock: { FIRST_RESPONSE: 'First response', VERIFICATION: 'Verification', FOLLOW_UP: 'Follow-up', RESOLUTION: 'Resolution' },
  },
};

const LANGUAGE_KEY = 'aduan.language';
let language = 'id';

export function initLanguage(storage = sessionStorage) {
  language = storage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'id';
  document.documentElement.lang = language;
  return language;
}

export function setLanguage(next, storage = sessionStorage) {
  language = next === 'en' ? 'en' : 'id';
  storage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
}

export function currentLanguage() {
  return language;
}

export function t(key) {
  return TEXT[language][key] ?? TEXT.id[key] ?? key;
}

/** A word of a kind (priority, status, channel, action, rejection, method, role, clock) in the current language. */
export function word(kind, value) {
  return WORDS[language][kind]?.[value] ?? WORDS.id[kind]?.[value] ?? value;
}

export function textIn(lang, key) {
  return TEXT[lang]?.[key];
}
