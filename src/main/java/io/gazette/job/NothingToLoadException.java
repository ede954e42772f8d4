package io.gazette.job;

/** A run that names a source or dates found no archive of them in the inbox: nothing is loaded or published. */
public class NothingToLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    public NothingToLoadException(String message) {
        super(message);
    }
}
