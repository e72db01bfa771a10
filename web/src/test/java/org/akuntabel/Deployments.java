package org.akuntabel;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The archive every integration test deploys: the application's own WAR, as built, with all its modules. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("akuntabel.war", "target/akuntabel.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify builds it before the integration tests): " + war);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
