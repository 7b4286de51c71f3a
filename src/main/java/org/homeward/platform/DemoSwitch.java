package org.homeward.platform;

/**
 * The demo switch, {@code HOMEWARD_DEMO=true} (or {@code -Dhomeward.demo=true}): set by the demo run
 * command, never by a production start. Here in the platform because more than the demo installation
 * asks for it: the audit trail falls back to a published demo key only when it is on.
 */
public final class DemoSwitch {

    private DemoSwitch() {
    }

    public static boolean on() {
        return Boolean.parseBoolean(System.getenv().getOrDefault("HOMEWARD_DEMO",
                System.getProperty("homeward.demo", "false")));
    }
}
