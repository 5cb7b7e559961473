package id.aduan.core.health;

import id.aduan.core.alert.Alert;
import id.aduan.core.alert.AlertAttributes;
import id.aduan.core.instagram.GraphFailure;
import id.aduan.core.kernel.Tenant;
import id.aduan.core.language.IndonesianTime;
import id.aduan.core.sla.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

/**
 * The notices about an Instagram account's connection and what their alerts say to operations (in
 * Bahasa Indonesia, like every alert): what is wrong, by when it matters and what to do. Alerts carry
 * the account id and Meta's error summary, never a token.
 */
public final class HealthAlerts {

    /** The value of the alerts' {@code problem} attribute, for chat routes and e-mail filters. */
    public enum Problem { INSTAGRAM_TOKEN, WEBHOOK_SUBSCRIPTION, SILENT_ACCOUNT, UNKNOWN_ACCOUNT, UNSERVED_GOVERNMENT }

    private static final String NEW_TOKEN = " Buat token akses baru untuk akun ini di Meta App Dashboard dan simpan"
            + " sebagai accessToken di secret Instagram (field lain biarkan); fungsi memakainya dalam 5 menit"
            + " tanpa deploy ulang.";

    public Notice expiresSoon(String account, TokenKind kind, String token, int days, Instant lapsesAt) {
        var what = kind == TokenKind.INSTAGRAM_USER
                ? " Perpanjangan otomatis belum berhasil; lihat peringatan sebelumnya."
                : " Token Halaman tidak diperpanjang oleh Aduan.";
        return notice(tokenKey(token, "EXPIRES_IN_" + days + "_DAYS"), account, Problem.INSTAGRAM_TOKEN,
                "Aduan: token Instagram habis dalam " + days + " hari",
                "Token akses akun Instagram " + account + " tidak berlaku lagi pada " + wib(lapsesAt)
                        + ". Setelah itu balasan ke warga dan pengambilan mention gagal." + what + NEW_TOKEN);
    }

    public Notice refreshOverdue(String account, String token, Duration age, boolean refreshed) {
        return notice(tokenKey(token, "REFRESH_OVERDUE"), account, Problem.INSTAGRAM_TOKEN,
                "Aduan: token Instagram terlambat diperpanjang",
                "Token akses akun Instagram " + account + " sudah berumur " + age.toDays() + " hari (batas 50 hari)."
                        + (refreshed ? " Token sudah diperpanjang sekarang; periksa log AccountHealthFunction"
                        + " mengapa perpanjangan sebelumnya tidak terjadi."
                        : " Perpanjangan juga gagal sekarang." + NEW_TOKEN));
    }

    public Notice refreshFailed(String account, String token, GraphFailure failure) {
        return notice(tokenKey(token, "REFRESH_FAILED"), account, Problem.INSTAGRAM_TOKEN,
                "Aduan: perpanjangan token Instagram gagal",
                "Token akses akun Instagram " + account + " tidak dapat diperpanjang (" + failure.summary() + ")."
                        + " Aduan mencoba lagi setiap 6 jam dan memperingatkan 10, 3 dan 1 hari sebelum token habis."
                        + " Token yang dibuat kurang dari 24 jam lalu belum dapat diperpanjang; selain itu periksa"
                        + " izin aplikasi di Meta App Dashboard.");
    }

    public Notice refused(String account, String token, String why) {
        return notice(tokenKey(token, "REFUSED"), account, Problem.INSTAGRAM_TOKEN,
                "Aduan: Meta menolak token Instagram",
                "Meta menolak token akses akun Instagram " + account + " (" + why + "). Balasan ke warga dan"
                        + " pengambilan mention gagal sampai token diganti." + NEW_TOKEN);
    }

    public Notice checkFailed(String account, String token, GraphFailure failure) {
        return notice(tokenKey(token, "CHECK_FAILED"), account, Problem.INSTAGRAM_TOKEN,
                "Aduan: token Instagram tidak dapat diperiksa",
                "Masa berlaku token akses akun Instagram " + account + " tidak dapat diperiksa dengan debug_token ("
                        + failure.summary() + "). Aduan mencoba lagi setiap 6 jam; periksa token di Access Token"
                        + " Debugger Meta.");
    }

    public Notice subscriptionMissing(String account, LocalDate day, boolean subscribed, Collection<String> missing) {
        var what = subscribed
                ? "tidak berlangganan field " + String.join(", ", new TreeSet<>(missing))
                : "tidak berlangganan webhook aplikasi sama sekali";
        return notice("SUBSCRIPTION#" + day, account, Problem.WEBHOOK_SUBSCRIPTION,
                "Aduan: langganan webhook Instagram tidak lengkap",
                "Akun Instagram " + account + " " + what + ", sehingga komentar atau pesan warga tidak sampai ke"
                        + " Aduan. Aktifkan lagi langganan akun (POST subscribed_apps) dan field di Meta App"
                        + " Dashboard (Webhooks), lalu kirim tes dari dashboard.");
    }

    public Notice subscriptionUnknown(String account, LocalDate day, GraphFailure failure) {
        return notice("SUBSCRIPTION#" + day, account, Problem.WEBHOOK_SUBSCRIPTION,
                "Aduan: langganan webhook Instagram tidak dapat diperiksa",
                "Langganan webhook akun Instagram " + account + " tidak dapat diperiksa (" + failure.summary()
                        + "). Periksa di Meta App Dashboard (Webhooks) bahwa langganan dan field-nya aktif.");
    }

    public Notice silent(String account, Instant lastDelivery, Instant now) {
        var hours = Duration.between(lastDelivery, now).toHours();
        return notice("SILENT#" + lastDelivery, account, Problem.SILENT_ACCOUNT,
                "Aduan: akun Instagram sepi " + hours + " jam",
                "Akun Instagram " + account + " biasanya menerima komentar atau pesan, tetapi tidak ada kiriman"
                        + " webhook sejak " + wib(lastDelivery) + " (" + hours + " jam). Periksa token,"
                        + " langganan webhook di Meta App Dashboard dan alarm InstagramWebhookFunction; Meta"
                        + " membuang kiriman yang gagal setelah 36 jam.");
    }

    /** Raised by the webhook, once a day per account, while deliveries for an unregistered account are held. */
    public Notice unknownAccount(String account, LocalDate day) {
        return notice("UNKNOWN_ACCOUNT#" + day, account, Problem.UNKNOWN_ACCOUNT, "instagram-webhook",
                "Aduan: kiriman untuk akun Instagram yang belum terdaftar",
                "Meta mengirim komentar atau pesan untuk akun Instagram " + account + ", yang belum terdaftar di"
                        + " Aduan. Kiriman itu disimpan dan belum diproses. Daftarkan akun di Pengaturan > Akun"
                        + " Instagram (PUT /config/accounts/" + account + "); kiriman yang tertahan lalu diproses."
                        + " Bila akun ini bukan milik Anda, periksa langganan webhook aplikasi di Meta App Dashboard.");
    }

    /**
     * Raised by the webhook, once a day per account, while deliveries are held for an account registered for
     * a government this stack no longer serves (taken out of {@code Tenants} after the account was registered).
     */
    public Notice unservedGovernment(String account, Tenant tenant, LocalDate day) {
        return notice("UNSERVED_GOVERNMENT#" + day, account, Problem.UNSERVED_GOVERNMENT, "instagram-webhook",
                "Aduan: kiriman untuk akun Instagram pemerintah daerah yang tidak dilayani",
                "Meta mengirim komentar atau pesan untuk akun Instagram " + account + ", yang terdaftar untuk"
                        + " pemerintah daerah " + tenant.id() + ". Pemerintah itu tidak ada di parameter Tenants"
                        + " tumpukan ini, jadi stafnya tidak dapat melihat aduan dan tenggat tidak dipantau: kiriman"
                        + " disimpan dan belum diproses. Tambahkan kembali " + tenant.id() + " ke Tenants (sam deploy),"
                        + " lalu admin pemerintah itu menyimpan ulang akun di Pengaturan > Akun Instagram"
                        + " (PUT /config/accounts/" + account + "); kiriman yang tertahan lalu diproses.");
    }

    private static String tokenKey(String token, String what) {
        return "TOKEN#" + StoredToken.fingerprint(token) + "#" + what;
    }

    private static Notice notice(String key, String account, Problem problem, String subject, String text) {
        return notice(key, account, problem, "account-health", subject, text);
    }

    private static Notice notice(String key, String account, Problem problem, String component, String subject,
                                 String text) {
        var alert = new Alert("operations/" + account + "/" + key, Alert.Kind.OPERATIONS, subject, text, Map.of(
                AlertAttributes.AUDIENCE, AlertAttributes.Audience.OPERATIONS.name(),
                "component", component,
                "problem", problem.name(),
                "account", account));
        return new Notice(key, alert);
    }

    private static String wib(Instant instant) {
        return IndonesianTime.dateTime(instant.atZone(WorkingCalendar.ZONE));
    }
}
