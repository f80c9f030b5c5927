package org.geoprospect.service;

/**
 * A failure the user can act on; its message is one clear sentence (what, which file or row,
 * what to do) that the UI and the command line show as is, without a stack trace.
 */
public class UserFacingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserFacingException(String sentence) {
        super(sentence);
    }

    public UserFacingException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
