package org.homeward.testing;

import java.util.concurrent.Callable;

/** Runs a piece of test code with one role, as a service would see a caller who holds it. */
public interface RoleRunner {

    <T> T call(Callable<T> work) throws Exception;
}
