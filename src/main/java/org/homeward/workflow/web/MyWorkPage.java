package org.homeward.workflow.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.homeward.workflow.MyWork;

/** The "my work" page of a caseworker: my cases, my open and overdue tasks. */
@Named
@RequestScoped
public class MyWorkPage {

    @Inject
    MyWork myWork;

    private MyWork.Summary summary;

    public MyWork.Summary getSummary() {
        if (summary == null) {
            summary = myWork.summary();
        }
        return summary;
    }
}
