package ir.hami.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 GET and POST client on one keep-alive connection, for load generators that share the machine with the
 * server they measure. java.net.http's client took about as much CPU as the portal itself at 700 requests a second
 * on the 2-core machine, which measured the generator more than the portal; this one writes the request line and
 * headers, reads the status, the headers and a Content-Length or chunked body, and reconnects when the server closes.
 * Not for anything but loopback benchmarks: no TLS, no redirects ({@link #request} hands the caller the Location
 * and the Set-Cookie headers, so a browsing load generator can follow redirects and keep cookies itself).
 */
final class KeepAliveClient implements AutoCloseable {

    /** Status and body of one response. */
    record Response(int status, String body) {
    }

    /** Status, the Location header (or null), the Set-Cookie headers and the body of one response. */
    record Reply(int status, String location, List<String> cookies, String body) {
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    private final int timeoutMillis;

    KeepAliveClient(URI base) {
        this(base, 10_000);
    }

    /** A client whose reads give up after {@code timeoutMillis} (a read that times out is not sent again). */
    KeepAliveClient(URI base, int timeoutMillis) {
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
        this.timeoutMillis = timeoutMillis;
    }

    Response get(String path, String headerName, String headerValue) throws IOException {
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n" + headerName + ": "
                + headerValue + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        return send(request);
    }

    /** A POST of a UTF-8 body of {@code contentType}, answered in {@code accept}. */
    Response post(String path, String headerName, String headerValue, String contentType, String accept,
                  String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n" + headerName + ": "
                + headerValue + "\r\nContent-Type: " + contentType + "\r\nAccept: " + accept
                + "\r\nContent-Length: " + content.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + content.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(content, 0, request, head.length, content.length);
        return send(request);
    }

    /**
     * Any request: {@code method} and {@code path}, a Cookie header when {@code cookies} is not empty, extra header
     * lines ({@code "Name: value"}), and a UTF-8 body of {@code contentType} when {@code body} is not null.
     */
    Reply request(String method, String path, String cookies, List<String> headers, String contentType, String body)
            throws IOException {
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path)
                .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port).append("\r\n");
        if (cookies != null && !cookies.isEmpty()) {
            head.append("Cookie: ").append(cookies).append("\r\n");
        }
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(content.length)
                    .append("\r\n");
        }
        head.append("\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] request = new byte[h.length + content.length];
        System.arraycopy(h, 0, request, 0, h.length);
        System.arraycopy(content, 0, request, h.length, content.length);
        return exchange(request);
    }

    private Response send(byte[] request) throws IOException {
        Reply reply = exchange(request);
        return new Response(reply.status(), reply.body());
    }

    private Reply exchange(byte[] request) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                if (socket == null) {
                    connect();
                }
                out.write(request);
                out.flush();
                return read();
            } catch (IOException e) {
                close();
                if (attempt > 0 || e instanceof java.net.SocketTimeoutException) {
                    throw e;
                }
            }
        }
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(timeoutMillis);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        in = new BufferedInputStream(socket.getInputStream(), 16_384);
        out = socket.getOutputStream();
    }

    private Reply read() throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("connection closed");
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = -1;
        boolean close = false;
        boolean chunked = false;
        String location = null;
        List<String> cookies = List.of();
        for (String header; (header = line()) != null && !header.isEmpty(); ) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("set-cookie:")) {
                if (cookies.isEmpty()) {
                    cookies = new ArrayList<>(2);
                }
                cookies.add(header.substring(11).trim());
            } else if (lower.startsWith("location:")) {
                location = header.substring(9).trim();
            } else if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).trim());
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        byte[] body;
        if (chunked) {
            body = chunks();
        } else {
            if (length < 0 && (status == 204 || status == 304 || status / 100 == 1)) {
                length = 0;
            }
            if (length < 0) {
                throw new IOException("no Content-Length");
            }
            body = in.readNBytes(length);
            if (body.length < length) {
                throw new IOException("short body");
            }
        }
        if (close) {
            close();
        }
        return new Reply(status, location, cookies, new String(body, StandardCharsets.UTF_8));
    }

    /** A chunked body: hex size lines, each chunk and its CRLF, a zero chunk, trailers up to an empty line. */
    private byte[] chunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(4096);
        while (true) {
            String size = line();
            if (size == null) {
                throw new IOException("connection closed in a chunked body");
            }
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (n == 0) {
                for (String trailer; (trailer = line()) != null && !trailer.isEmpty(); ) {
                    // trailers are not used
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(n);
            if (chunk.length < n) {
                throw new IOException("short chunk");
            }
            body.write(chunk);
            line();
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(128);
        for (int b; (b = in.read()) != -1; ) {
            if (b == '\n') {
                int n = buffer.size();
                byte[] bytes = buffer.toByteArray();
                return new String(bytes, 0, n > 0 && bytes[n - 1] == '\r' ? n - 1 : n, StandardCharsets.ISO_8859_1);
            }
            buffer.write(b);
        }
        return buffer.size() == 0 ? null : buffer.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a loopback socket
            }
        }
        socket = null;
    }
}
