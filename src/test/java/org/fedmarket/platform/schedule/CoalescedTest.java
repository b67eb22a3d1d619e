package org.fedmarket.platform.schedule;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoalescedTest {

    @Test
    void wakesDuringARunCostOneMoreRunAndRunsNeverOverlap() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch firstRunStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        Coalesced work = new Coalesced("test", pool, () -> {
            mostAtOnce.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            if (runs.incrementAndGet() == 1) {
                firstRunStarted.countDown();
                await(release);
            }
            concurrent.decrementAndGet();
        });
        work.wake();
        assertTrue(firstRunStarted.await(5, TimeUnit.SECONDS));
        for (int i = 0; i < 100; i++) {
            work.wake();
        }
        release.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
        assertEquals(2, runs.get(), "the hundred wakes during the first run cost one more run");
        assertEquals(1, mostAtOnce.get());
    }

    @Test
    void aWakeAfterARunEndedRunsAgainAndAFailureDoesNotStopIt() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        AtomicInteger runs = new AtomicInteger();
        Coalesced work = new Coalesced("test", pool, () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("planned");
        });
        work.wake();
        pool.submit(() -> { }).get(5, TimeUnit.SECONDS);
        work.wake();
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
        assertEquals(2, runs.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
