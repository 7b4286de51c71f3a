package org.homeward.platform;

/**
 * Exceptions as they may be written to the server log. Exception messages can quote the data that
 * caused them (a name in a constraint violation, a value in a parse error), and personal data never
 * goes to the log; the types and stack frames are what an operator needs to find the fault.
 */
public final class Failures {

    private Failures() {
    }

    public static Throwable withoutMessages(Throwable failure) {
        Throwable copy = new Redacted(failure.getClass().getName());
        copy.setStackTrace(failure.getStackTrace());
        if (failure.getCause() != null && failure.getCause() != failure) {
            copy.initCause(withoutMessages(failure.getCause()));
        }
        return copy;
    }

    private static final class Redacted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Redacted(String type) {
            super(type);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
