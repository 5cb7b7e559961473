package id.aduan.publicapi;

import id.aduan.core.report.ClockCompliance;
import id.aduan.core.report.PublicFigures;
import id.aduan.core.report.PublicFigures.MonthFigures;
import id.aduan.core.report.Topic;
import id.aduan.core.sla.DurationText;
import id.aduan.core.sla.TimeBasis;
import id.aduan.core.sla.WorkingCalendar;
import id.aduan.core.unit.Unit;
import id.aduan.core.unit.UnitCatalog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The public page "Transparansi Aduan", written on the server: plain HTML that works without
 * JavaScript, one small stylesheet inside the page (allowed by its hash in the Content-Security-Policy,
 * so no inline style or script is needed), bars drawn by width classes, and the tracking lookup as a
 * GET form. Indonesian throughout; no figure or reply names a person.
 */
final class TransparencyPage {

    /** What the lookup box shows below the form. */
    sealed interface Lookup {
        record None() implements Lookup {
        }

        record Found(Tracking.Tracked tracked) implements Lookup {
        }

        record NotFound(String typed) implements Lookup {
        }

        record Malformed(String typed) implements Lookup {
        }
    }

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm", INDONESIAN);

    static final String STYLE = """
            :root{--ink:#1b1f24;--muted:#57606a;--line:#d8dee4;--brand:#8b1c1c;--bar:#2f6f4f;--late:#b42318;--bg:#f6f7f9}
            *{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
            header{background:var(--brand);color:#fff;padding:1.25rem 1rem;border-bottom:4px solid #d4a017}
            header p{margin:.25rem 0 0;opacity:.9}h1{margin:0;font-size:1.6rem}h2{font-size:1.2rem;margin:0 0 .75rem}
            main{max-width:60rem;margin:0 auto;padding:1rem}section{background:#fff;border:1px solid var(--line);border-radius:6px;padding:1rem;margin:0 0 1rem}
            .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.75rem;margin:0;padding:0;list-style:none}
            .cards li{border-left:4px solid var(--brand);background:var(--bg);padding:.6rem .8rem}.cards b{display:block;font-size:1.6rem}
            table{width:100%;border-collapse:collapse;font-size:.95rem}th,td{text-align:left;padding:.4rem .3rem;border-bottom:1px solid var(--line);vertical-align:middle}
            th{color:var(--muted);font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .track{background:#e6ebef;border-radius:3px;height:.8rem;min-width:5rem}.fill{background:var(--bar);height:100%;border-radius:3px}
            .low .fill{background:var(--late)}label{display:block;font-weight:600;margin-bottom:.25rem}
            form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}input{font:inherit;padding:.55rem .6rem;border:2px solid var(--ink);border-radius:4px;width:12rem;text-transform:uppercase}
            button{font:inherit;font-weight:600;padding:.6rem 1.1rem;border:0;border-radius:4px;background:var(--brand);color:#fff;cursor:pointer}
            button:focus,input:focus{outline:3px solid #d4a017;outline-offset:2px}.result{margin-top:1rem;border-left:4px solid var(--bar);padding:.5rem .8rem;background:var(--bg)}
            .result.missing{border-color:var(--late)}.reply{border-top:1px solid var(--line);padding:.4rem 0}.muted{color:var(--muted);font-size:.9rem}
            footer{max-width:60rem;margin:0 auto;padding:0 1rem 2rem;color:var(--muted);font-size:.9rem}a{color:var(--brand)}
            @media (max-width:40rem){.wide{display:none}h1{font-size:1.35rem}}
            """ + IntStream.rangeClosed(0, 20).mapToObj(step -> ".w" + step * 5 + "{width:" + step * 5 + "%}")
            .reduce("", String::concat) + "\n";

    /** The Content-Security-Policy that allows exactly this page's stylesheet and nothing else to run. */
    static final String POLICY = "default-src 'none'; style-src '" + hash(STYLE) + "'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    private final UnitCatalog units;
    private final WorkingCalendar calendar;
    private final PublicPaths paths;

    TransparencyPage(UnitCatalog units, WorkingCalendar calendar, PublicPaths paths) {
        this.units = units;
        this.calendar = calendar;
        this.paths = paths;
    }

    String render(PublicFigures figures, Lookup lookup) {
        var html = new StringBuilder(16_000);
        html.append("<!doctype html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>Transparansi Aduan</title><style>").append(STYLE).append("</style></head><body>")
                .append("<header><h1>Transparansi Aduan</h1><p>Aduan warga melalui Instagram resmi pemerintah kota: ")
                .append("berapa yang masuk, berapa yang ditangani, dan seberapa cepat.</p></header><main>");
        thisMonth(html, figures);
        lookup(html, lookup);
        months(html, figures.months());
        compliance(html, figures);
        topics(html, figures);
        html.append("</main><footer><p>Angka dihitung dari aduan yang diterima, tanpa aduan yang ditolak atau spam; ")
                .append("tidak ada nama, akun, nomor telepon, NIK, atau e-mail yang ditampilkan. Waktu dalam WIB; ")
                .append("\"jam kerja\" dihitung pada hari dan jam kerja kantor.</p><p>Diperbarui ")
                .append(dayTime(figures.computedAt())).append(" WIB. Data terbuka: ")
                .append("<a href=\"").append(paths.figures()).append("\">angka (JSON)</a> · ")
                .append("<a href=\"/open311/v2/services.json").append(paths.open311Query()).append("\">Open311 layanan</a> · ")
                .append("<a href=\"/open311/v2/requests.json").append(paths.open311Query())
                .append("\">Open311 aduan 90 hari</a></p></footer></body></html>\n");
        return html.toString();
    }

    private void thisMonth(StringBuilder html, PublicFigures figures) {
        var month = figures.months().getFirst();
        html.append("<section aria-labelledby=\"bulan-ini\"><h2 id=\"bulan-ini\">Bulan ini: ")
                .append(escape(MONTH.format(month.month()))).append("</h2><ul class=\"cards\">")
                .append("<li>Aduan diterima<b>").append(month.received()).append("</b></li>")
                .append("<li>Sudah ditangani<b>").append(month.handled()).append("</b></li>")
                .append("<li>Median tanggapan pertama<b>").append(escape(working(month.medianFirstResponse())))
                .append("</b></li></ul></section>");
    }

    private void lookup(StringBuilder html, Lookup lookup) {
        html.append("<section aria-labelledby=\"lacak\"><h2 id=\"lacak\">Lacak aduan</h2>")
                .append("<form method=\"get\" action=\"").append(paths.page()).append("\" role=\"search\"><div>")
                .append("<label for=\"kode\">Kode lacak</label><input id=\"kode\" name=\"kode\" ")
                .append("placeholder=\"ADU-7K3Q9\" autocomplete=\"off\" spellcheck=\"false\" maxlength=\"20\" ")
                .append("aria-describedby=\"kode-bantuan\"");
        switch (lookup) {
            case Lookup.Found found -> html.append(" value=\"").append(escape(found.tracked().complaint().trackingCode().value())).append('"');
            case Lookup.NotFound missing -> html.append(" value=\"").append(escape(missing.typed())).append('"');
            case Lookup.Malformed malformed -> html.append(" value=\"").append(escape(malformed.typed())).append('"');
            case Lookup.None none -> { }
        }
        html.append("></div><button type=\"submit\">Lacak</button></form>")
                .append("<p id=\"kode-bantuan\" class=\"muted\">Kode lacak ada di balasan kami untuk aduan Anda.</p>");
        switch (lookup) {
            case Lookup.Found found -> found(html, found.tracked());
            case Lookup.NotFound missing -> html.append("<div class=\"result missing\" role=\"status\"><p>Aduan dengan kode <b>")
                    .append(escape(missing.typed())).append("</b> tidak ditemukan. Periksa kembali kodenya.</p></div>");
            case Lookup.Malformed malformed -> html.append("<div class=\"result missing\" role=\"status\"><p>")
                    .append("Kode lacak berbentuk ADU- diikuti lima huruf atau angka, misalnya ADU-7K3Q9.</p></div>");
            case Lookup.None none -> { }
        }
        html.append("</section>");
    }

    private void found(StringBuilder html, Tracking.Tracked tracked) {
        var complaint = tracked.complaint();
        html.append("<div class=\"result\" role=\"status\"><p><b>").append(escape(complaint.trackingCode().value()))
                .append("</b>: ").append(escape(complaint.status().label())).append("</p><table><tbody>")
                .append(row("Topik", Topic.of(complaint)))
                .append(row("Unit", complaint.unit() == null ? "Sedang diperiksa tim aduan"
                        : units.find(complaint.unit()).map(Unit::name).orElse(complaint.unit())))
                .append(row("Diterima", dayTime(complaint.receivedAt()) + " WIB"))
                .append(row("Terakhir diperbarui", dayTime(tracked.updatedAt()) + " WIB"))
                .append("</tbody></table>");
        if (tracked.replies().isEmpty()) {
            html.append("<p class=\"muted\">Belum ada balasan publik.</p>");
        } else {
            html.append("<h3>Balasan kami</h3>");
            tracked.replies().forEach(reply -> html.append("<div class=\"reply\"><p class=\"muted\">")
                    .append(dayTime(reply.at())).append(" WIB</p><p>").append(escape(reply.text())).append("</p></div>"));
        }
        html.append("</div>");
    }

    private void months(StringBuilder html, List<MonthFigures> months) {
        int most = Math.max(1, months.stream().mapToInt(MonthFigures::received).max().orElse(1));
        html.append("<section aria-labelledby=\"bulanan\"><h2 id=\"bulanan\">Tiga belas bulan terakhir</h2><table>")
                .append("<thead><tr><th scope=\"col\">Bulan</th><th scope=\"col\" class=\"n\">Diterima</th>")
                .append("<th scope=\"col\" class=\"wide\">&nbsp;</th><th scope=\"col\" class=\"n\">Ditangani</th>")
                .append("<th scope=\"col\" class=\"n\">Median tanggapan pertama</th></tr></thead><tbody>");
        for (MonthFigures month : months) {
            html.append("<tr><th scope=\"row\">").append(escape(MONTH.format(month.month()))).append("</th><td class=\"n\">")
                    .append(month.received()).append("</td><td class=\"wide\" aria-hidden=\"true\">")
                    .append(bar(100.0 * month.received() / most, false)).append("</td><td class=\"n\">")
                    .append(month.handled()).append("</td><td class=\"n\">")
                    .append(escape(working(month.medianFirstResponse()))).append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    private void compliance(StringBuilder html, PublicFigures figures) {
        html.append("<section aria-labelledby=\"sla\"><h2 id=\"sla\">Ketepatan waktu per unit</h2>")
                .append("<p class=\"muted\">Bagian tenggat layanan (tanggapan, verifikasi, tindak lanjut, penyelesaian) ")
                .append("yang dipenuhi tepat waktu, 13 bulan terakhir.</p>");
        if (figures.units().isEmpty()) {
            html.append("<p>Belum ada data.</p></section>");
            return;
        }
        html.append("<table><thead><tr><th scope=\"col\">Unit</th><th scope=\"col\" class=\"n\">Tepat waktu</th>")
                .append("<th scope=\"col\" class=\"wide\">&nbsp;</th><th scope=\"col\" class=\"n\">Terlambat</th>")
                .append("<th scope=\"col\" class=\"n\">Berjalan</th></tr></thead><tbody>");
        for (PublicFigures.UnitCompliance unit : figures.units()) {
            ClockCompliance counts = unit.compliance();
            var percent = counts.percentMet();
            html.append("<tr><th scope=\"row\">").append(escape(units.find(unit.unit()).map(Unit::name).orElse(unit.unit())))
                    .append("</th><td class=\"n\">")
                    .append(percent.isPresent() ? String.format(INDONESIAN, "%.0f%%", percent.getAsDouble()) : "-")
                    .append("</td><td class=\"wide\" aria-hidden=\"true\">")
                    .append(bar(percent.orElse(0), percent.isPresent() && percent.getAsDouble() < 80))
                    .append("</td><td class=\"n\">").append(counts.breached()).append("</td><td class=\"n\">")
                    .append(counts.running()).append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    private void topics(StringBuilder html, PublicFigures figures) {
        html.append("<section aria-labelledby=\"topik\"><h2 id=\"topik\">Topik yang paling sering diadukan</h2>");
        if (figures.topics().isEmpty()) {
            html.append("<p>Belum ada data.</p></section>");
            return;
        }
        int most = figures.topics().getFirst().complaints();
        html.append("<table><tbody>");
        figures.topics().forEach(topic -> html.append("<tr><th scope=\"row\">").append(escape(topic.topic()))
                .append("</th><td class=\"n\">").append(topic.complaints()).append("</td><td class=\"wide\" aria-hidden=\"true\">")
                .append(bar(100.0 * topic.complaints() / most, false)).append("</td></tr>"));
        html.append("</tbody></table></section>");
    }

    private String working(Optional<Duration> duration) {
        return duration.map(d -> DurationText.of(d, TimeBasis.WORKING, calendar)).orElse("-");
    }

    private static String row(String name, String value) {
        return "<tr><th scope=\"row\">" + escape(name) + "</th><td>" + escape(value) + "</td></tr>";
    }

    private static String bar(double percent, boolean low) {
        long step = Math.round(Math.max(0, Math.min(100, percent)) / 5) * 5;
        return "<div class=\"track" + (low ? " low" : "") + "\"><div class=\"fill w" + step + "\"></div></div>";
    }

    private static String dayTime(Instant instant) {
        return DAY_TIME.format(instant.atZone(WorkingCalendar.ZONE));
    }

    static String escape(String text) {
        var escaped = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append((char) c);
            }
        });
        return escaped.toString();
    }

    private static String hash(String style) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
