package com.clinicchat.knowledge;

/** A knowledge file that cannot be served; the message says what to fix. */
public class MalformedArticleException extends Exception {

    public MalformedArticleException(String message) {
        super(message);
    }
}
