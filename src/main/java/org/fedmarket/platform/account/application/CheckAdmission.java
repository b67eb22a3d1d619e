package org.fedmarket.platform.account.application;

/**
 * Whether a costly password check may run, asked while the node's one-at-a-time lock on checks is held, and told
 * its result under the same lock — so that concurrent attempts cannot all pass a limit before any of them counts.
 */
public interface CheckAdmission {

    /** No limit: every check runs (setup, tests). */
    CheckAdmission ALWAYS = new CheckAdmission() {
        @Override
        public boolean admit() {
            return true;
        }

        @Override
        public void checked(boolean matched) {
        }
    };

    boolean admit();

    void checked(boolean matched);
}
