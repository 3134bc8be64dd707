package org.dialogue.meetings.arquillian;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * Test only, on the client side (registered in {@code META-INF/services}; not part of the test deployment): one
 * deployment, so one Payara Micro, for every container-test class of a test run, instead of one per class.
 *
 * <p>Arquillian deploys a class's {@code @Deployment} before the class ({@code BeforeClass} fires
 * {@link GenerateDeployment} then {@link DeployManagedDeployments}) and undeploys it after the class
 * ({@code AfterClass} fires {@link UnDeployManagedDeployments}); the Payara Micro connector starts its JVM on deploy
 * and stops it on undeploy. The observers below wrap those three events:
 * <ul>
 * <li>the first class generates and deploys its deployment as usual, and its {@link DeploymentScenario} is kept;</li>
 * <li>every later class is given that same scenario instead of generating one, and deploys nothing: the scenario's
 * deployment is already deployed, and the protocol's address of it (kept by Arquillian in the deployment's own
 * context, which lives until the deployment is undeployed) is found there, so the tests still run in the server;</li>
 * <li>no class undeploys; once the run is over ({@link AfterSuite}, fired once per JUnit run by arquillian-junit5),
 * the kept scenario is undeployed, which stops the server.</li>
 * </ul>
 * Every class's {@code @Deployment} therefore has to return the same archive ({@code ServiceDeployment.create()}):
 * whichever class happens to run first builds it. A single class run on its own ({@code -Dit.test=...}) works the same
 * way. The idea is that of ingwarsw's arquillian-suite-extension, reduced to what this module needs.
 */
public class OneDeploymentPerRun implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedDeployment.class);
    }

    /** The observer; Arquillian makes one per test run. */
    public static class SharedDeployment {

        private static final Logger LOG = Logger.getLogger(OneDeploymentPerRun.class.getName());

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        /** The first class's deployment scenario, shared by all classes once generated. */
        private DeploymentScenario shared;
        private boolean deployTried;
        /** Why the one deployment failed, if it did: every later class fails with it instead of trying again. */
        private Throwable deployFailure;
        private boolean runOver;
        private int classes;

        public void generate(@Observes EventContext<GenerateDeployment> context) {
            classes++;
            if (shared == null) {
                LOG.info(() -> "One deployment for all container-test classes of this run, built for the first: "
                        + context.getEvent().getTestClass().getName());
                context.proceed();
                shared = classScenario.get();
            } else {
                classScenario.set(shared);
            }
        }

        public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
            if (!deployTried) {
                deployTried = true;
                try {
                    context.proceed();
                } catch (Throwable e) { // Arquillian rethrows an observer's checked DeploymentException unchecked
                    deployFailure = e;
                    throw e;
                }
            } else if (deployFailure != null) {
                throw new IllegalStateException("The one deployment of this run failed for the first class: "
                        + deployFailure, deployFailure);
            }
        }

        public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
            if (runOver) {
                context.proceed();
            }
        }

        /** Before the containers are stopped (a higher precedence is notified first). */
        public void undeployAtTheEnd(@Observes(precedence = 100) AfterSuite event) {
            if (shared == null || !deployTried) {
                return;
            }
            runOver = true;
            LOG.info(() -> "Undeploying the one deployment after " + classes + " container-test classes");
            // The undeployment reads the scenario of the current class: a class context of its own for it.
            ClassContext context = classContext.get();
            context.activate(SharedDeployment.class);
            try {
                classScenario.set(shared);
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                context.deactivate();
                context.destroy(SharedDeployment.class);
            }
        }
    }
}
