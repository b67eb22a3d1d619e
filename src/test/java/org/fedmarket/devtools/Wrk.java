package org.fedmarket.devtools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of {@code wrk} (closed-loop HTTP load: a fixed number of keep-alive connections, each
 * sending its next request as soon as the answer is in) and what it printed. wrk does not check
 * answers beyond their status class, so a run also reports the bytes read: the caller checks them
 * against the size of the answer it expects (a 304 is a few hundred bytes, a catalogue megabytes).
 */
final class Wrk {

    /** What a run measured; {@code bytesPerRequest} includes the response headers. */
    record Result(long requests, double perSecond, double bytesPerRequest) {
    }

    private static final Pattern TOTALS = Pattern.compile("(\\d+) requests in [\\d.]+\\w+, ([\\d.]+)([KMGT]?B) read");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern TROUBLE = Pattern.compile("Socket errors:.*|Non-2xx or 3xx responses:.*");

    private final int threads;
    private final int connections;
    private final String duration;

    Wrk(int threads, int connections, String duration) {
        this.threads = threads;
        this.connections = connections;
        this.duration = duration;
    }

    /** How runs are made, for the report. */
    String describe() {
        return String.format(Locale.ROOT, "wrk -t%d -c%d -d%s", threads, connections, duration);
    }

    /** Loads {@code url} with these headers; throws on connection errors, timeouts or 4xx/5xx answers. */
    Result run(String url, Map<String, String> headers) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + duration,
                "--timeout", "30s")); // a multi-megabyte answer under load can take longer than wrk's default 2 s
        headers.forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        Matcher trouble = TROUBLE.matcher(output);
        Matcher totals = TOTALS.matcher(output);
        Matcher rate = RATE.matcher(output);
        if (trouble.find() || !totals.find() || !rate.find()) {
            throw new IllegalStateException("wrk against " + url + " did not run cleanly:\n" + output);
        }
        long requests = Long.parseLong(totals.group(1));
        double bytes = Double.parseDouble(totals.group(2)) * Math.pow(1024, "BKMGT".indexOf(totals.group(3).charAt(0)));
        return new Result(requests, Double.parseDouble(rate.group(1)), bytes / requests);
    }
}
