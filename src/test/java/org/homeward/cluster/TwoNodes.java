package org.homeward.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.homeward.testing.Api;

/**
 * The two-node cluster that src/test/cluster/run.sh started (nodes.sh): node1 and node2 on one
 * PostgreSQL, the balancer in front. Tests stop and start a node through the same script an operator
 * would use.
 */
final class TwoNodes {

    static final URL BALANCER = url("http://127.0.0.1:9000/");

    private TwoNodes() {
    }

    /** A node's own address, past the balancer (port 8080 plus the node's offset). */
    static URL node(int number) {
        return url("http://127.0.0.1:" + (number == 1 ? 9080 : 9180) + "/");
    }

    /** The node holding a session: the route WildFly puts after the session id ("….node1"). */
    static int routeOf(String setCookie) {
        String value = setCookie.substring(setCookie.indexOf('=') + 1).split(";")[0];
        return Integer.parseInt(value.substring(value.lastIndexOf(".node") + ".node".length()));
    }

    /** Whether the node answers on its own port at all. */
    static boolean answers(int node) {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node(node) + "health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException refused) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The audit chain verifies intact on that node (sealing may need a few seconds to catch up after a fault). */
    static void assertAuditIntact(int node) throws InterruptedException {
        JsonObject verified = Api.at(node(node)).as("auditor").get("api/v1/audit/verify").json();
        for (int i = 0; i < 60 && !verified.getBoolean("intact"); i++) {
            Thread.sleep(1000);
            verified = Api.at(node(node)).as("auditor").get("api/v1/audit/verify").json();
        }
        assertTrue(verified.getBoolean("intact"), verified.toString());
    }

    static void stop(int node) {
        script("stop-node", node);
    }

    static void kill(int node) {
        script("kill-node", node);
    }

    static void start(int node) {
        script("start-node", node);
    }

    private static void script(String command, int node) {
        try {
            Process process = new ProcessBuilder("src/test/cluster/nodes.sh", command, String.valueOf(node)).inheritIO().start();
            if (!process.waitFor(4, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError("nodes.sh " + command + " " + node + " failed");
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run nodes.sh", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static URL url(String address) {
        try {
            return URI.create(address).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
