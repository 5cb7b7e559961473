package id.aduan.core.language;

/**
 * A constant staff see by its label (a status, an action, a clock): the label is the phrasebook's
 * {@code <group>.<NAME>}, in Indonesian unless asked otherwise.
 */
public interface Labelled {

    /** The constant's name, as enums have it. */
    String name();

    /** The phrasebook's group of these labels, such as {@code status}. */
    String labelGroup();

    default Phrase phrase() {
        return Phrase.of(labelGroup() + "." + name());
    }

    /** What staff see, in Indonesian (alerts, digests, replies). */
    default String label() {
        return label(Language.INDONESIAN);
    }

    default String label(Language language) {
        return Phrasebook.label(phrase().key(), language);
    }
}
