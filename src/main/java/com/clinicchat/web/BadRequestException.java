package com.clinicchat.web;

/** Input a client must fix; answered with a 400 whose {@code code} and message say what is wrong. */
public class BadRequestException extends RuntimeException {

    private final String code;

    public BadRequestException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
