package id.aduan.core.reply;

import java.util.EnumMap;
import java.util.Map;

/**
 * The reply templates of a deployment: the defaults below, in the polite Bahasa Indonesia of a city's
 * social-media team, with any key replaced by an admin's own text. No template asks for or repeats
 * personal data in public; details go to a direct message.
 */
public final class Templates {

    private static final Map<TemplateKey, String> DEFAULT_TEXTS = Map.of(
            TemplateKey.ACKNOWLEDGE,
            "Terima kasih atas laporannya. Aduan Anda sudah kami catat dengan kode {kode} dan segera kami"
                    + " tindak lanjuti.",
            TemplateKey.ASK_DETAILS,
            "Terima kasih atas laporannya (kode {kode}). Mohon bantu lengkapi lokasi persisnya (nama jalan"
                    + " atau patokan, RT/RW, kelurahan) dan foto kondisinya. Data pribadi seperti nomor HP"
                    + " atau NIK cukup dikirim lewat DM, jangan di kolom komentar ya.",
            TemplateKey.FORWARDED,
            "Aduan {kode} sudah kami teruskan ke {unit} untuk ditindaklanjuti. Terima kasih atas"
                    + " kesabarannya.",
            TemplateKey.IN_PROGRESS,
            "Kabar aduan {kode}: saat ini sedang ditangani oleh {unit}. Kami kabari lagi begitu selesai.",
            TemplateKey.RESOLVED,
            "Aduan {kode} sudah selesai ditindaklanjuti oleh {unit}. Bila masih ada kendala, silakan balas"
                    + " dengan menyebut kode {kode}. Terima kasih atas laporannya.",
            TemplateKey.NOT_OUR_AUTHORITY,
            "Terima kasih atas laporannya (kode {kode}). Mohon maaf, hal ini di luar kewenangan kami;"
                    + " silakan menghubungi {rujukan}.",
            TemplateKey.DUPLICATE,
            "Terima kasih. Laporan {kode} sama dengan aduan {kode_asal} yang sedang kami tangani, jadi kami"
                    + " gabungkan. Perkembangannya bisa dipantau dengan kode {kode_asal}.");

    private static final Templates DEFAULTS = new Templates(DEFAULT_TEXTS);

    private final Map<TemplateKey, Template> byKey;

    private Templates(Map<TemplateKey, String> texts) {
        var templates = new EnumMap<TemplateKey, Template>(TemplateKey.class);
        texts.forEach((key, text) -> templates.put(key, new Template(key, text)));
        this.byKey = Map.copyOf(templates);
    }

    public static Templates defaults() {
        return DEFAULTS;
    }

    /** These templates with some replaced; each replacement is checked and refused with its problems. */
    public Templates withOverrides(Map<TemplateKey, String> overrides) {
        var texts = new EnumMap<TemplateKey, String>(TemplateKey.class);
        byKey.forEach((key, template) -> texts.put(key, template.text()));
        texts.putAll(overrides);
        return new Templates(texts);
    }

    public Template template(TemplateKey key) {
        return byKey.get(key);
    }

    public String render(TemplateKey key, ReplyContext context) {
        return template(key).render(context);
    }
}
