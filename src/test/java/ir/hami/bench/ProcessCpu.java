package ir.hami.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time of the processes a load benchmark involves (Linux {@code /proc/<pid>/stat}: user + system), so a run on
 * a shared machine can still say what one request costs: the portal's, the database's and the load generator's own
 * CPU per request during the measured phase, which other work on the machine does not inflate the way it inflates
 * latencies. Pids come from the options {@code portal.pid} and {@code db.pid}; the bench's own is added.
 */
final class ProcessCpu {

    /** Clock ticks per second of /proc's figures (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    private final Map<String, Long> pids = new LinkedHashMap<>();
    private Map<String, Long> before;

    ProcessCpu(BenchOptions options) {
        long portal = options.getLong("portal.pid", -1);
        long db = options.getLong("db.pid", -1);
        if (portal > 0) {
            pids.put("portal", portal);
        }
        if (db > 0) {
            pids.put("database", db);
        }
        pids.put("load generator", ProcessHandle.current().pid());
    }

    /** Named pids, in the order to print them (give the bench's own too, if wanted). */
    ProcessCpu(Map<String, Long> named) {
        pids.putAll(named);
    }

    private long[] machineBefore;

    void start() {
        before = ticks();
        machineBefore = machine();
    }

    /** Prints the CPU milliseconds each process spent per request since {@link #start()}. */
    void print(long requests, double seconds) {
        Map<String, Long> after = ticks();
        StringBuilder line = new StringBuilder("CPU per request during the measured phase:");
        for (String name : pids.keySet()) {
            Long a = after.get(name);
            Long b = before.get(name);
            if (a == null || b == null) {
                continue;
            }
            double ms = (a - b) / TICKS * 1000;
            line.append(String.format(Locale.ROOT, " %s %.2f ms (%.0f%% of a core);", name, ms / requests,
                    ms / 10 / seconds));
        }
        long[] m = machine();
        if (m != null && machineBefore != null && m[1] > machineBefore[1]) {
            line.append(String.format(Locale.ROOT, " the whole machine %.0f%% busy (of all cores)",
                    100.0 * (m[0] - machineBefore[0]) / (m[1] - machineBefore[1])));
        }
        System.out.println(line);
        try {
            String load = Files.readString(Path.of("/proc/loadavg")).trim();
            System.out.printf(Locale.ROOT, "load average at the end: %s (%d cores)%n", load,
                    ManagementFactory.getOperatingSystemMXBean().getAvailableProcessors());
        } catch (IOException e) {
            // not Linux
        }
    }

    /** Busy and total jiffies of all cores (/proc/stat's first line; idle and iowait are not busy). */
    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private Map<String, Long> ticks() {
        Map<String, Long> t = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : pids.entrySet()) {
            try {
                String stat = Files.readString(Path.of("/proc/" + e.getValue() + "/stat"));
                // fields after the command name in parentheses: state is field 3, utime 14, stime 15
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                t.put(e.getKey(), Long.parseLong(f[11]) + Long.parseLong(f[12]));
            } catch (IOException | RuntimeException ex) {
                // no /proc or no such process: left out
            }
        }
        return t;
    }
}
