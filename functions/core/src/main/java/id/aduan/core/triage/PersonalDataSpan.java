package id.aduan.core.triage;

/** Personal data found in a text: its kind and where it is ({@code start} inclusive, {@code end} exclusive). */
public record PersonalDataSpan(PersonalDataKind kind, int start, int end) {

    public PersonalDataSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
