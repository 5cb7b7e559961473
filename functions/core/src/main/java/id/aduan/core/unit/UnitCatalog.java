package id.aduan.core.unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The units complaints can be routed to, in the order staff see them. */
public final class UnitCatalog {

    /** The catalog a new deployment starts with (docs: TRIAGE.md, "Default unit catalog"). */
    public static final UnitCatalog DEFAULT = new UnitCatalog(List.of(
            new Unit("BINA_MARGA_SDA", "Dinas Sumber Daya Air dan Bina Marga",
                    "jalan berlubang, trotoar, jembatan, drainase, genangan dan banjir, normalisasi sungai, tanggul"),
            new Unit("LINGKUNGAN_HIDUP", "Dinas Lingkungan Hidup",
                    "pengangkutan sampah, TPS, buang sampah liar, pemangkasan pohon, taman, pencemaran, pembakaran"),
            new Unit("SOSIAL", "Dinas Sosial",
                    "bansos, DTKS/MBR, BPJS PBI, gelandangan dan anak jalanan"),
            new Unit("PERHUBUNGAN", "Dinas Perhubungan",
                    "lalu lintas, lampu lalu lintas, parkir dan juru parkir liar, PJU, angkutan umum, rambu"),
            new Unit("KEPENDUDUKAN", "Dinas Kependudukan dan Pencatatan Sipil",
                    "e-KTP, KK, akta kelahiran dan kematian, pindah domisili"),
            new Unit("PENDIDIKAN", "Dinas Pendidikan",
                    "sekolah, PPDB dan zonasi, beasiswa PIP/KIP, biaya sekolah"),
            new Unit("KESEHATAN", "Dinas Kesehatan",
                    "puskesmas, rumah sakit, layanan BPJS, wabah (DBD), posyandu"),
            new Unit("SATPOL_PP", "Satuan Polisi Pamong Praja",
                    "ketertiban umum, PKL di trotoar, bangunan dan reklame liar, gangguan"),
            new Unit("PERUMAHAN", "Dinas Perumahan dan Kawasan Permukiman",
                    "rusunawa, permukiman, pertanahan, pemakaman"),
            new Unit("KETENAGAKERJAAN", "Dinas Tenaga Kerja",
                    "lowongan kerja, upah, PHK, pelatihan"),
            new Unit("PEREKONOMIAN", "Bagian Perekonomian",
                    "air PDAM, listrik, pasar, harga, LPG, UMKM"),
            new Unit("KOMINFO", "Dinas Komunikasi dan Informatika",
                    "aplikasi dan situs kota, Wi-Fi publik, CCTV, hoaks"),
            new Unit("KEWILAYAHAN", "Kecamatan dan Kelurahan",
                    "urusan lingkungan RT/RW, surat pengantar dan layanan kelurahan"),
            new Unit("BENCANA", "Badan Penanggulangan Bencana Daerah",
                    "banjir yang sedang terjadi, longsor, gempa, angin puting beliung"),
            new Unit("PEMADAM", "Dinas Pemadam Kebakaran dan Penyelamatan",
                    "kebakaran, penyelamatan (orang atau hewan terjebak, ular, sarang tawon)"),
            new Unit("UMUM", "Bagian Umum Sekretariat Daerah", "lainnya")));

    private final List<Unit> ordered;
    private final Map<String, Unit> byCode;

    public UnitCatalog(List<Unit> units) {
        var map = new LinkedHashMap<String, Unit>();
        for (Unit unit : units) {
            if (map.putIfAbsent(unit.code(), unit) != null) {
                throw new IllegalArgumentException("duplicate unit code " + unit.code());
            }
        }
        this.byCode = Map.copyOf(map);
        this.ordered = List.copyOf(units);
    }

    public List<Unit> units() {
        return ordered;
    }

    public Optional<Unit> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The codes of {@code previous} this catalog lacks. Codes are stored on complaints, so a catalog
     * that replaces another may rename units and add new ones, but never drop one.
     */
    public List<String> missingFrom(UnitCatalog previous) {
        return previous.units().stream().map(Unit::code).filter(code -> !contains(code)).toList();
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }
}
