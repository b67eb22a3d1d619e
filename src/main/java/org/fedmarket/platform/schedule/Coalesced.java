package org.fedmarket.platform.schedule;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work that follows events: each {@link #wake()} makes it run at least once after the call, never twice at the same time,
 * and wakes that arrive while it runs cost one more run, not one each — a burst of changes is caught up in one or two.
 */
public final class Coalesced {

    private static final Logger LOG = Logger.getLogger(Coalesced.class.getName());
    private static final int IDLE = 0;
    private static final int RUNNING = 1;
    private static final int RUNNING_AND_WOKEN = 2;

    private final String name;
    private final Executor executor;
    private final Runnable work;
    private final AtomicInteger state = new AtomicInteger(IDLE);

    public Coalesced(String name, Executor executor, Runnable work) {
        this.name = name;
        this.executor = executor;
        this.work = work;
    }

    /** Asks for a run: starts one, or marks the running one to go again when it ends. */
    public void wake() {
        while (true) {
            int now = state.get();
            if (now == IDLE && state.compareAndSet(IDLE, RUNNING)) {
                try {
                    executor.execute(this::loop);
                } catch (RuntimeException refused) { // shutting down: the schedule's run catches up, if there is one
                    state.set(IDLE);
                    LOG.fine(() -> name + " not started: " + refused);
                }
                return;
            }
            if (now == RUNNING && state.compareAndSet(RUNNING, RUNNING_AND_WOKEN) || now == RUNNING_AND_WOKEN) {
                return;
            }
        }
    }

    private void loop() {
        do {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, name + " failed; it runs again at its next wake or schedule", e);
            }
        } while (!state.compareAndSet(RUNNING, IDLE) && state.compareAndSet(RUNNING_AND_WOKEN, RUNNING));
    }
}
