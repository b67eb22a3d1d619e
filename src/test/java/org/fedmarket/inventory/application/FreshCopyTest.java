package org.fedmarket.inventory.application;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FreshCopyTest {

    private final AtomicInteger database = new AtomicInteger(6);
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void aCopyIsReusedUntilDroppedAtACommit() {
        FreshCopy<Integer> copy = new FreshCopy<>(Duration.ofMinutes(1), () -> {
            reads.incrementAndGet();
            return database.get();
        });
        assertEquals(6, copy.get());
        assertEquals(6, copy.get());
        assertEquals(1, reads.get(), "read once");
        database.set(7);
        copy.drop();
        assertEquals(7, copy.get());
    }

    @Test
    void aReadThatBeganBeforeACommitIsNotKept() {
        FreshCopy<Integer>[] self = new FreshCopy[1];
        self[0] = new FreshCopy<>(Duration.ofMinutes(1), () -> {
            int seen = database.get();
            if (reads.getAndIncrement() == 0) { // the change commits while this first read is under way
                database.set(7);
                self[0].drop();
            }
            return seen;
        });
        assertEquals(6, self[0].get(), "the slow reader answers what it read");
        assertEquals(7, self[0].get(), "but its stale value was not kept");
    }
}
