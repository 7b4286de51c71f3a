package org.homeward.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.api.importer.ZipImporter;

/** What the integration tests deploy: the real WAR the build produced, never a hand-picked subset. */
public final class Deployments {

    private Deployments() {
    }

    /** The application exactly as it ships, for tests that talk to it over HTTP. */
    public static WebArchive homeward() {
        File war = new File(System.getProperty("homeward.war", "target/homeward.war"));
        return ShrinkWrap.create(ZipImporter.class, "homeward.war").importFrom(war).as(WebArchive.class);
    }

    /** The application plus the test classes that run inside the server. */
    public static WebArchive homewardWith(Class<?>... testClasses) {
        JavaArchive publicRunner = ShrinkWrap.create(JavaArchive.class, "arquillian-public.jar")
                .addAsManifestResource(new File("src/test/resources/arquillian-public/META-INF/web-fragment.xml"),
                        "web-fragment.xml");
        return homeward()
                .addPackage(Deployments.class.getPackage())
                .addClasses(testClasses)
                .addAsLibraries(publicRunner);
    }
}
