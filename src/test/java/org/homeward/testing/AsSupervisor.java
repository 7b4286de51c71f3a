package org.homeward.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test code run through this bean calls the services in the role SUPERVISOR. */
@Stateless
@LocalBean
@RunAs("SUPERVISOR")
@PermitAll
public class AsSupervisor implements RoleRunner {

    @Override
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
