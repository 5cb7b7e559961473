package id.aduan.core.reply;

import id.aduan.core.instagram.GraphFailure;
import id.aduan.core.instagram.ReplyTextRejected;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why a reply was not sent, or may not have been, as staff read it in the timeline: the reason and what
 * they can do, in Bahasa Indonesia, and for support the technical detail (Meta's code and fbtrace_id).
 *
 * @param detail empty when there is nothing technical to add
 */
public record ReplyProblem(String reason, String action, String detail) {

    public ReplyProblem {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
    }

    /** The chosen method is closed for this complaint; {@code open} are the methods that remain. */
    public static ReplyProblem closed(Unavailable why, List<ReplyMethod> open) {
        return new ReplyProblem(why.label(), otherMethods(open), "");
    }

    public static ReplyProblem textRejected(ReplyTextRejected rejected) {
        return new ReplyProblem("Teks balasan tidak bisa dikirim (kosong atau terlalu panjang)",
                "Perbaiki teksnya lalu kirim ulang", rejected.getMessage());
    }

    /** What Instagram's refusal means for staff; {@code open} are the methods that remain. */
    public static ReplyProblem refused(GraphFailure failure, List<ReplyMethod> open) {
        return switch (failure.kind()) {
            case WINDOW_CLOSED -> new ReplyProblem("Instagram menutup jendela pesan untuk pelapor ini",
                    otherMethods(open), failure.summary());
            case RECIPIENT_UNAVAILABLE -> new ReplyProblem(
                    "Pelapor tidak bisa dihubungi (memblokir akun ini, menonaktifkan akunnya, atau tidak ditemukan)",
                    otherMethods(open) + "; bila tidak ada, catat di aduan dan tutup sesuai prosedur", failure.summary());
            case TOKEN -> new ReplyProblem("Instagram menolak token akses aplikasi",
                    "Tim operasi sudah diberi tahu; kirim ulang setelah token diperbarui", failure.summary());
            case INVALID -> new ReplyProblem("Instagram menolak balasan ini",
                    "Periksa cara membalas dan teksnya, lalu kirim ulang; " + otherMethods(open), failure.summary());
            case RETRYABLE -> new ReplyProblem("Instagram tidak menerima balasan setelah beberapa kali dicoba",
                    "Kirim ulang nanti", failure.summary());
            case AMBIGUOUS -> new ReplyProblem("Instagram tidak memastikan apakah balasan terkirim",
                    "Tunggu konfirmasi otomatis; bila belum terkonfirmasi setelah batas waktu, lihat percakapan di"
                            + " aplikasi Instagram sebelum mengirim ulang", failure.summary());
        };
    }

    /** An earlier attempt stopped while sending: the reply may have gone out. */
    public static ReplyProblem interrupted() {
        return new ReplyProblem("Pengiriman terhenti di tengah jalan; balasan mungkin sudah terkirim",
                "Tunggu konfirmasi otomatis; bila belum terkonfirmasi setelah batas waktu, lihat percakapan di"
                        + " aplikasi Instagram sebelum mengirim ulang", "");
    }

    /** Sending stayed paused (Instagram's rate limit) for every delivery of the reply. */
    public static ReplyProblem stillPaused(int attempts) {
        return new ReplyProblem("Pengiriman ke Instagram sedang dibatasi dan balasan tidak sempat terkirim",
                "Kirim ulang nanti", "deferred " + attempts + " times");
    }

    /** The account's private-reply budget stayed used up until the reply had waited {@code waited}. */
    public static ReplyProblem budgetSpent(RollingHourLimit limit, Duration waited, List<ReplyMethod> open) {
        return new ReplyProblem("Batas " + limit.perHour() + " balasan pribadi per jam dari Instagram terus terpakai"
                + " dan balasan terlalu lama menunggu",
                open.isEmpty() ? "Kirim ulang nanti" : "Kirim ulang nanti, atau balas dengan cara lain. " + otherMethods(open),
                "waited " + waited.toMinutes() + " minutes for a private-reply slot");
    }

    private static String otherMethods(List<ReplyMethod> open) {
        if (open.isEmpty()) {
            return "Tidak ada cara membalas di Instagram yang masih terbuka; hubungi pelapor lewat kanal lain";
        }
        return "Cara yang masih bisa dipakai: "
                + open.stream().map(ReplyMethod::label).collect(Collectors.joining(", "));
    }
}
