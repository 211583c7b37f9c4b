package com.clinicchat.cluster;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;

/**
 * Debian's nginx as a child process in front of app nodes, with the shipped {@code docs/deploy/nginx.conf} (the
 * upstream servers, ports, certificate paths and runtime paths swapped for this machine's) and a self-signed
 * certificate made with openssl: its own prefix under {@code target/}, free high ports, no system service.
 */
final class NginxFront implements AutoCloseable {

    final Path prefix;
    final int httpsPort;
    private final Process process;

    NginxFront(Path prefix, int httpsPort, Process process) {
        this.prefix = prefix;
        this.httpsPort = httpsPort;
        this.process = process;
    }

    static NginxFront start(int... appPorts) throws Exception {
        Path prefix = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "nginx-")
                .toAbsolutePath();
        // workers run as an unprivileged user when started by root: they must reach their temp paths
        Files.setPosixFilePermissions(prefix, PosixFilePermissions.fromString("rwxrwxrwx"));
        run(prefix, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                "-keyout", "key.pem", "-out", "cert.pem", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1");
        int httpsPort = freePort();
        int httpPort = freePort();
        String shipped = Files.readString(Path.of("docs/deploy/nginx.conf"));
        String config = shipped
                .replace("pid /run/nginx.pid;", "pid " + prefix.resolve("nginx.pid") + ";\ndaemon off;")
                .replace("error_log /dev/stderr warn;", "error_log " + prefix.resolve("error.log") + " warn;")
                .replace("http {\n", "http {\n    client_body_temp_path " + prefix.resolve("body") + ";\n"
                        + "    proxy_temp_path " + prefix.resolve("proxy") + ";\n"
                        + "    fastcgi_temp_path " + prefix.resolve("fastcgi") + ";\n"
                        + "    uwsgi_temp_path " + prefix.resolve("uwsgi") + ";\n"
                        + "    scgi_temp_path " + prefix.resolve("scgi") + ";\n")
                .replace("server app1:8080", "server 127.0.0.1:" + appPorts[0])
                .replace("server app2:8080", "server 127.0.0.1:" + appPorts[1])
                .replace("listen 80;", "listen 127.0.0.1:" + httpPort + ";")
                .replace("listen 443 ssl;", "listen 127.0.0.1:" + httpsPort + " ssl;")
                .replace("/etc/nginx/tls/", prefix + "/");
        if (config.contains("app1:") || config.contains("/etc/nginx") || config.contains("listen 443")) {
            throw new IllegalStateException("docs/deploy/nginx.conf changed shape; update NginxFront");
        }
        Files.writeString(prefix.resolve("nginx.conf"), config);
        Process process = new ProcessBuilder("nginx", "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf")
                .toString()).redirectErrorStream(true).redirectOutput(prefix.resolve("stdout.log").toFile()).start();
        NginxFront front = new NginxFront(prefix, httpsPort, process);
        front.awaitListening();
        return front;
    }

    /** Trusts the self-signed certificate, and nothing else. */
    SSLContext trust() throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(prefix.resolve("cert.pem"))) {
            store.setCertificateEntry("nginx", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private void awaitListening() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Files.readString(prefix.resolve("stdout.log"))
                        + readIfThere(prefix.resolve("error.log")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", httpsPort), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("nginx is not listening on " + httpsPort);
    }

    private static String readIfThere(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void run(Path directory, String... command) throws Exception {
        Process process = new ProcessBuilder(List.of(command)).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command[0] + " failed");
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy(); // SIGTERM: nginx's fast shutdown
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
