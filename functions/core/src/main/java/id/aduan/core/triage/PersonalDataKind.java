package id.aduan.core.triage;

/** The personal data Aduan looks for in messages, to mask it outside roles that may see it. */
public enum PersonalDataKind {
    /** A mobile or landline number: 08…, +62 8…, 62-8…, (022) …, wa.me/62…. */
    PHONE,
    /**
     * A 16-digit population number: the NIK of a person or the number of a family card (KK). The two
     * cannot be told apart by their digits.
     */
    NIK_KK,
    /** Another identity number named by its label: an NPWP (tax number) or a BPJS card number. */
    ID_NUMBER,
    EMAIL
}
