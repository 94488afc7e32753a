package ir.hami.testing.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * HAProxy's configuration for portal nodes on this machine: the same rules as {@code config/haproxy/haproxy.cfg}
 * (which docker/compose.yaml uses), with loopback ports. Its error pages are copied from {@code config/haproxy}.
 */
final class Balancer {

    private Balancer() {
    }

    static String executable() {
        return Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
    }

    /** Writes the configuration and its error pages into {@code folder}; returns the configuration's path. */
    static Path write(Path folder, int port, List<String> servers) {
        try {
            Path config = Path.of(System.getProperty("hami.config", "config"), "haproxy");
            Path page = folder.resolve("503.http");
            Path problem = folder.resolve("503.json");
            Files.copy(config.resolve("503.http"), page, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(config.resolve("503.json"), problem, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            StringBuilder cfg = new StringBuilder("""
                    global
                        maxconn 4096

                    defaults
                        mode http
                        option forwardfor
                        timeout connect 2s
                        timeout client 60s
                        timeout server 60s
                        timeout http-request 10s
                        retries 2
                        option redispatch 1
                        errorfile 503 %s

                    frontend hami
                        bind 127.0.0.1:%d
                        acl api path_beg /api/ /fhir
                        acl down nbsrv(portal) eq 0
                        http-request return status 503 content-type "application/problem+json; charset=utf-8" file %s hdr Retry-After 10 if api down
                        default_backend portal

                    backend portal
                        balance roundrobin
                        cookie %s insert indirect nocache httponly
                        option httpchk GET /health/ready
                        http-check expect status 200
                        default-server inter 1s fall 2 rise 2
                    """.formatted(page.toAbsolutePath(), port, problem.toAbsolutePath(), Cluster.NODE_COOKIE));
            for (int i = 0; i < servers.size(); i++) {
                String name = "node" + (i + 1);
                cfg.append("    server ").append(name).append(' ').append(servers.get(i))
                        .append(" check cookie ").append(name).append('\n');
            }
            Path file = folder.resolve("haproxy.cfg");
            Files.writeString(file, cfg, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
