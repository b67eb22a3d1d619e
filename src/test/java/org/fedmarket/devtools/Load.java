package org.fedmarket.devtools;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/** The benchmarks' closed-loop load: requests 0 to n-1 from a fixed number of threads, every answer checked. */
final class Load {

    private Load() {
    }

    /**
     * Sends request {@code i} for every i below {@code requests} from {@code threads} threads and returns
     * requests per second. {@code accepted} says whether an answer's status is one the measurement expects;
     * any other answer, or a failed send, fails the whole round.
     */
    static double perSecond(HttpClient http, int threads, int requests, IntFunction<HttpRequest> request,
                            IntPredicate accepted) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    try {
                        HttpResponse<byte[]> response = http.send(request.apply(i), HttpResponse.BodyHandlers.ofByteArray());
                        if (!accepted.test(response.statusCode())) {
                            failures.add("HTTP " + response.statusCode() + ": " + new String(response.body()));
                        }
                    } catch (IOException | InterruptedException e) {
                        failures.add(e.toString());
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " of " + requests + " requests failed, e.g. " + failures.peek());
        }
        return requests / seconds;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
