package id.aduan.core.triage;

import id.aduan.core.kernel.Tenant;
import java.util.Objects;
import java.util.Optional;

/**
 * The kabupaten or kota whose desk this is: a place of its own is recognised without a cue ("di cipedes")
 * and wins over namesakes elsewhere in West Java.
 *
 * @param code its Kemendagri code ("32.73")
 * @param name "Kota Bandung"
 */
public record HomeRegion(String code, String name) {

    public static final HomeRegion KOTA_BANDUNG = new HomeRegion("32.73", "Kota Bandung");

    public HomeRegion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    /** The kabupaten or kota with this code; anything the gazetteer does not list as one is refused. */
    public static HomeRegion of(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException(
                "home region " + code + " is not a kabupaten or kota of West Java (32.01 to 32.79)"));
    }

    /** The kabupaten or kota with this code; empty for a province or a code the gazetteer does not list. */
    public static Optional<HomeRegion> find(String code) {
        return Gazetteer.westJavaRegion(code).map(name -> new HomeRegion(code, name));
    }

    /** The name {@code tenant} goes by: its kabupaten's or kota's ("Kabupaten Garut"), else its code ("32"). */
    public static String nameOf(Tenant tenant) {
        return find(tenant.id()).map(HomeRegion::name).orElse(tenant.id());
    }

    boolean contains(LocalOffice office) {
        return office.code().startsWith(code + ".");
    }
}
