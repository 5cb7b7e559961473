package id.aduan.core.kernel;

import java.util.regex.Pattern;

/**
 * One government a stack serves, named by the Kemendagri code of its region as the gazetteer spells it:
 * {@code 32.73} for Kota Bandung, {@code 32.05} for Kabupaten Garut, {@code 32} for the province itself.
 * Stable, and readable in a key dump, where it is the first segment of every key the government owns.
 */
public record Tenant(String id) {

    private static final Pattern REGION_CODE = Pattern.compile("\\d{2}(\\.\\d{2})?");

    public Tenant {
        if (id == null || !REGION_CODE.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "a tenant is a region code like 32.73 (a kabupaten or kota) or 32 (a province), not " + id);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
