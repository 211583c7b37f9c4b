package com.clinicchat.chat;

/** A frame the server will not act on; becomes an {@code error} frame, and the socket stays open. */
class FrameException extends RuntimeException {

    private final String code;
    private final String clientMessageId;

    FrameException(String code, String message, String clientMessageId) {
        super(message, null, false, false);
        this.code = code;
        this.clientMessageId = clientMessageId;
    }

    FrameException(String code, String message) {
        this(code, message, null);
    }

    String code() {
        return code;
    }

    String clientMessageId() {
        return clientMessageId;
    }

    ServerFrame.Error toFrame() {
        return new ServerFrame.Error(code, getMessage(), clientMessageId);
    }
}
