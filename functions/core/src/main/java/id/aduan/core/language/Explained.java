package id.aduan.core.language;

/** A refusal staff are told about: what it says, in either language. */
public interface Explained {

    Phrase explanation();
}
