package com.clinicchat.chat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A WebSocket client written on a plain socket, for what real clients do for you: it answers pings only when told
 * to, so that the server's pong timeout can be seen.
 */
final class RawWebSocket implements AutoCloseable {

    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;

    record Frame(int opcode, byte[] payload) {
        int closeCode() {
            return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : -1;
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    RawWebSocket(int port, int readTimeoutMillis) throws IOException {
        this(port, readTimeoutMillis, "");
    }

    /** With extra header lines, each ending in CRLF (e.g. {@code "X-Forwarded-For: 198.51.100.7\r\n"}). */
    RawWebSocket(int port, int readTimeoutMillis, String extraHeaders) throws IOException {
        socket = new Socket("localhost", port);
        socket.setSoTimeout(readTimeoutMillis);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
        out.write(("GET /ws/chat HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n" + extraHeaders + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String response = readHeaders(in);
        if (!response.startsWith("HTTP/1.1 101")) {
            throw new IOException("Handshake refused: " + response);
        }
    }

    private static String readHeaders(InputStream in) throws IOException {
        ByteArrayOutputStream headers = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("Connection closed during the handshake");
            }
            headers.write(b);
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
        return headers.toString(StandardCharsets.US_ASCII);
    }

    /** The next frame; a read timeout surfaces as {@link java.net.SocketTimeoutException}. */
    Frame read() throws IOException {
        int first = in.readUnsignedByte();
        int second = in.readUnsignedByte();
        long length = second & 0x7f;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        return new Frame(first & 0x0f, payload);
    }

    /** Sends one final frame, masked as a client must (with a zero mask, which leaves the payload as it is). */
    void write(int opcode, byte[] payload) throws IOException {
        out.write(0x80 | opcode);
        out.write(0x80 | payload.length); // payloads here stay under 126 bytes
        out.write(new byte[4]);
        out.write(payload);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
