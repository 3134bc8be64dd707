package org.dialogue.meetings;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dialogue.meetings.testing.ServiceClasses;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of all the container tests of this module, deployed once per test run on one Payara Micro
 * ({@code org.dialogue.meetings.arquillian.OneDeploymentPerRun}): the module's classes and resources as they will be
 * deployed, plus the libraries it ships (Flyway, Passay), as a WAR. Test-only additions: every container-test class
 * with its fixture beans (the test classes of the service package, which it takes whole, and of
 * {@value #MAIL_TESTS}), the callers of {@code org.dialogue.meetings.testing} (a {@code @RunAs} bean per role),
 * {@code WEB-INF/web.xml} with the application's data source taken from the web module's,
 * {@code WEB-INF/glassfish-web.xml} mapping each role to a principal and a group, {@code WEB-INF/glassfish-ejb-jar.xml}
 * naming the principal each of those beans runs as, the list of the service package's classes for the tests that
 * check every service method, and the libraries the tests use inside the server (AssertJ; PDFBox, which reads the
 * minutes' PDF back; GreenMail, the SMTP server of the mail tests).
 *
 * <p>As all classes share the deployment, two fixture beans of the same simple name (an EJB's default name) would
 * clash: give each a name of its own.
 */
public final class ServiceDeployment {

    private static final String CLASSES = "/WEB-INF/classes/";
    /** The package of the mail outbox's container tests. */
    private static final String MAIL_TESTS = "org.dialogue.meetings.mail";

    private ServiceDeployment() {
    }

    private static void addFolder(WebArchive war, File folder, String path) {
        for (File file : Objects.requireNonNull(folder.listFiles(), folder.toString())) {
            if (file.isDirectory()) {
                addFolder(war, file, path + file.getName() + "/");
            } else {
                war.addAsResource(file, path + file.getName());
            }
        }
    }

    /** The same archive for every container-test class: whichever class runs first deploys it for all. */
    public static WebArchive create() {
        WebArchive war = ShrinkWrap.create(WebArchive.class, "meetings-services-test.war")
                .addPackages(true, "org.dialogue.meetings.domain", "org.dialogue.meetings.application",
                        "org.dialogue.meetings.infrastructure", "org.dialogue.meetings.testing", MAIL_TESTS)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("ValidationMessages.properties")
                .addAsResource("org/dialogue/meetings/domain/shared/BusinessMessages.properties")
                .addAsResource("org/dialogue/meetings/application/mail/MailMessages.properties")
                .addAsResource("org/dialogue/meetings/application/mail/MinutesMailMessages.properties")
                .addAsResource("ical4j.properties")
                .addAsWebInfResource("META-INF/beans.xml", "beans.xml")
                .addAsWebInfResource("test-deployment/glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource("test-deployment/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .setWebXML(new StringAsset(webXmlWithTheDataSource()));
        File migrations = new File("target/classes/db/migration");
        for (File script : Objects.requireNonNull(migrations.listFiles(), migrations.toString())) {
            war.addAsResource(script, "db/migration/" + script.getName());
        }
        addTranslations(war);
        // The minutes PDF's bundles (PdfMessages*.properties) and its fonts with their licence, as the jar has them.
        addFolder(war, new File("target/classes/org/dialogue/meetings/application/pdf"),
                "org/dialogue/meetings/application/pdf/");
        war.addAsResource(new StringAsset(serviceClassNames(war)), ServiceClasses.LIST_RESOURCE);
        requireUniqueBeanNames(war);
        File libs = new File(Objects.requireNonNull(System.getProperty("runtime.libs"), "runtime.libs"));
        File[] jars = Objects.requireNonNull(libs.listFiles((dir, name) -> name.endsWith(".jar")), libs.toString());
        return war.addAsLibraries(jars).addAsLibraries(jarOf(org.assertj.core.api.Assertions.class),
                jarOf(org.apache.pdfbox.Loader.class), jarOf(org.apache.pdfbox.io.RandomAccessRead.class),
                jarOf(org.apache.fontbox.ttf.TrueTypeFont.class), jarOf(org.apache.commons.logging.LogFactory.class),
                jarOf(com.icegreen.greenmail.util.GreenMail.class), jarOf(org.slf4j.LoggerFactory.class));
    }

    /**
     * A {@code web.xml} holding only the application's data source, as the web module's {@code WEB-INF/web.xml}
     * defines it (the system property {@code product.web.xml} names that file): the tests run on the product's own
     * definition, pool settings included, not on a copy that could drift from it.
     */
    private static String webXmlWithTheDataSource() {
        Path webXml = Path.of(Objects.requireNonNull(System.getProperty("product.web.xml"), "product.web.xml"));
        String text;
        try {
            text = Files.readString(webXml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = text.indexOf("<data-source>");
        int end = text.indexOf("</data-source>");
        if (start < 0 || end < start || text.indexOf("<data-source>", start + 1) >= 0) {
            throw new IllegalStateException("Expected exactly one <data-source> in " + webXml);
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                  %s
                </web-app>
                """.formatted(text.substring(start, end + "</data-source>".length()));
    }

    /**
     * Fails at once, naming them, when two session beans of the archive share an EJB name (by default the class's
     * simple name, nested classes included): in the server that breaks the deployment in a way far from the cause.
     */
    private static void requireUniqueBeanNames(WebArchive war) {
        Map<String, List<String>> classesByName = new TreeMap<>();
        ClassLoader loader = ServiceDeployment.class.getClassLoader();
        for (String className : classNames(war)) {
            Class<?> type;
            try {
                type = Class.forName(className, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue; // not loadable outside the server: not one of this module's beans
            }
            String name = beanName(type);
            if (name != null) {
                classesByName.computeIfAbsent(name, key -> new ArrayList<>()).add(className);
            }
        }
        classesByName.values().removeIf(classes -> classes.size() < 2);
        if (!classesByName.isEmpty()) {
            throw new IllegalStateException("Session beans sharing an EJB name in the test deployment (give each a "
                    + "name of its own): " + classesByName);
        }
    }

    private static String beanName(Class<?> type) {
        String name;
        if (type.isAnnotationPresent(Stateless.class)) {
            name = type.getAnnotation(Stateless.class).name();
        } else if (type.isAnnotationPresent(Singleton.class)) {
            name = type.getAnnotation(Singleton.class).name();
        } else if (type.isAnnotationPresent(Stateful.class)) {
            name = type.getAnnotation(Stateful.class).name();
        } else {
            return null;
        }
        return name.isEmpty() ? type.getSimpleName() : name;
    }

    /** The names of the classes under {@code WEB-INF/classes}, nested ones included. */
    private static List<String> classNames(WebArchive war) {
        return war.getContent().keySet().stream().map(ArchivePath::get)
                .filter(path -> path.startsWith(CLASSES) && path.endsWith(".class"))
                .map(path -> path.substring(CLASSES.length(), path.length() - ".class".length()).replace('/', '.'))
                .filter(name -> !name.endsWith("package-info")).sorted().toList();
    }

    /** The bundles' other languages ({@code BusinessMessages_fr.properties}...), as the module ships them. */
    private static void addTranslations(WebArchive war) {
        for (String folder : List.of("", "org/dialogue/meetings/domain/shared/",
                "org/dialogue/meetings/application/mail/")) {
            File[] files = new File("target/classes/" + folder).listFiles((dir, name) -> name.contains("Messages_")
                    && name.endsWith(".properties"));
            for (File file : Objects.requireNonNull(files, folder)) {
                war.addAsResource(file, folder + file.getName());
            }
        }
    }

    /** The top-level classes of the service package that the archive holds, one name a line. */
    private static String serviceClassNames(WebArchive war) {
        String folder = CLASSES + ServiceClasses.PACKAGE.replace('.', '/') + "/";
        return war.getContent().keySet().stream().map(ArchivePath::get)
                .filter(path -> path.startsWith(folder) && path.endsWith(".class"))
                .map(path -> path.substring(CLASSES.length(), path.length() - ".class".length()))
                .filter(name -> name.indexOf('/', folder.length() - CLASSES.length()) < 0 && !name.contains("$"))
                .map(name -> name.replace('/', '.'))
                .sorted().collect(Collectors.joining("\n", "", "\n"));
    }

    /** The jar a test library was loaded from, to ship it inside the deployment where in-container tests run. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
