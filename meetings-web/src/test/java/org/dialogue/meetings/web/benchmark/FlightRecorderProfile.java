package org.dialogue.meetings.web.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a server spent its CPU on while wrk loaded one page: a JDK Flight Recorder recording (the JDK's {@code profile}
 * settings, started and stopped with {@code jcmd}) read back into the views the report prints.
 *
 * <ul>
 * <li>CPU per view: the whole JVM's CPU ({@code jdk.CPULoad}, user and system, every second) over the views answered.
 * <li>Areas: each execution sample counted for the innermost frame that belongs to a known part of the server (the
 * database, JPA, Faces, CDI, ...), so a JDK method called by H2 counts for H2.
 * <li>Stages: the samples with a stage of the request anywhere on their stack (building the page's components,
 * rendering, EL, CDI, EJB calls, JPA and the database); they overlap (data read while rendering counts for both).
 * <li>Application calls: each sample counted for the innermost frame of the application's own code on its stack (which
 * of our methods the time was spent under), and the hottest methods (the innermost frame, self time).
 * </ul>
 *
 * The recording itself stays beside the report's other files, for {@code jfr print} or JDK Mission Control.
 */
record FlightRecorderProfile(long samples, double cpuSeconds, Duration garbageCollection, List<Share> areas,
        List<Share> stages, List<Share> applicationCalls, List<Share> hottestMethods) {

    /** A name and the fraction of the samples counted for it. */
    record Share(String name, double fraction) {
    }

    private static final String APPLICATION = "org.dialogue.";
    private static final String FILTER_METHOD = "doFilter";
    /** A sample with no method of the application's on its stack but its servlet filters. */
    static final String NO_APPLICATION_METHOD = "(no application method: Faces, rendering and the container)";
    private static final int LISTED = 5;

    /** Package prefixes of the server's parts, the first that matches wins; anything else is the JDK's. */
    private static final Map<String, String> AREAS = knownAreas();

    /** A stage of a request: a sample counts for it when one of its frames matches. */
    private record Stage(String name, BiPredicate<String, String> frame) {
    }

    private static final List<Stage> STAGES = List.of(
            new Stage("building the page's components (Facelets)", (type, method) ->
                    type.endsWith(".FaceletViewHandlingStrategy") && method.equals("buildView")),
            new Stage("rendering", (type, method) ->
                    type.endsWith(".FaceletViewHandlingStrategy") && method.equals("renderView")),
            new Stage("restoring and saving the view's state", (type, method) ->
                    type.equals("com.sun.faces.lifecycle.RestoreViewPhase") && method.equals("execute")
                            || type.endsWith("StateManagementStrategy") && method.equals("saveView")),
            new Stage("EL", (type, method) -> type.startsWith("org.glassfish.expressly.")),
            new Stage("CDI (Weld's proxies and contexts)", (type, method) -> type.startsWith("org.jboss.weld.")),
            new Stage("EJB calls (the container: transactions, security)", (type, method) ->
                    type.startsWith("com.sun.ejb.containers.")),
            new Stage("JPA and the database", (type, method) -> type.startsWith("org.eclipse.persistence.")
                    || type.startsWith("org.h2.") || type.startsWith("org.postgresql.")));

    private static Map<String, String> knownAreas() {
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("org.h2.", "H2 database");
        areas.put("org.postgresql.", "PostgreSQL driver");
        areas.put("org.eclipse.persistence.", "EclipseLink (JPA)");
        areas.put("org.primefaces.", "PrimeFaces");
        areas.put("org.omnifaces.", "OmniFaces");
        areas.put("com.sun.faces.", "Faces (Mojarra)");
        areas.put("jakarta.faces.", "Faces (Mojarra)");
        areas.put("org.glassfish.expressly.", "Expression Language");
        areas.put("jakarta.el.", "Expression Language");
        areas.put("org.jboss.weld.", "CDI (Weld)");
        areas.put("com.sun.ejb.", "EJB container");
        areas.put("org.glassfish.ejb.", "EJB container");
        areas.put("com.sun.enterprise.transaction.", "transactions");
        areas.put("com.sun.jts.", "transactions");
        areas.put("com.sun.enterprise.resource.", "connection pool");
        areas.put("com.sun.gjc.", "connection pool");
        areas.put("org.glassfish.soteria.", "security");
        areas.put("org.glassfish.exousia.", "security");
        areas.put("com.sun.enterprise.security.", "security");
        areas.put("com.hazelcast.", "Hazelcast");
        areas.put("org.glassfish.web.loader.", "class loading");
        areas.put("org.glassfish.grizzly.", "web container (Grizzly, Catalina)");
        areas.put("org.apache.catalina.", "web container (Grizzly, Catalina)");
        areas.put("org.apache.coyote.", "web container (Grizzly, Catalina)");
        areas.put("com.sun.enterprise.web.", "web container (Grizzly, Catalina)");
        areas.put("org.owasp.", "OWASP sanitizer");
        areas.put(APPLICATION, "the application's own code");
        areas.put("fish.payara.", "Payara");
        areas.put("org.glassfish.", "Payara");
        areas.put("com.sun.enterprise.", "Payara");
        return areas;
    }

    static FlightRecorderProfile read(Path recording) throws IOException {
        long samples = 0;
        Map<String, Long> areas = new HashMap<>();
        Map<String, Long> calls = new HashMap<>();
        Map<String, Long> stages = new LinkedHashMap<>();
        Map<String, Long> methods = new HashMap<>();
        double cpuSeconds = 0;
        Duration gc = Duration.ZERO;
        int cores = Runtime.getRuntime().availableProcessors();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                switch (event.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> {
                        RecordedStackTrace stack = event.getStackTrace();
                        if (stack == null || stack.getFrames().isEmpty()) {
                            continue;
                        }
                        samples++;
                        List<RecordedFrame> frames = stack.getFrames(); // innermost first
                        methods.merge(name(frames.get(0).getMethod()), 1L, Long::sum);
                        areas.merge(area(frames), 1L, Long::sum);
                        for (Stage stage : STAGES) {
                            if (frames.stream().anyMatch(frame -> stage.frame().test(type(frame.getMethod()),
                                    frame.getMethod() == null ? "" : frame.getMethod().getName()))) {
                                stages.merge(stage.name(), 1L, Long::sum);
                            }
                        }
                        // A servlet filter of ours wraps every request: a sample under it alone is the frameworks'
                        frames.stream().filter(frame -> type(frame.getMethod()).startsWith(APPLICATION)
                                        && !FILTER_METHOD.equals(frame.getMethod().getName())).findFirst()
                                .ifPresentOrElse(frame -> calls.merge(name(frame.getMethod()), 1L, Long::sum),
                                        () -> calls.merge(NO_APPLICATION_METHOD, 1L, Long::sum));
                    }
                    // the JVM's share of the machine over the last second: user and system, of all cores
                    case "jdk.CPULoad" -> cpuSeconds += (event.getFloat("jvmUser") + event.getFloat("jvmSystem"))
                            * cores;
                    case "jdk.GarbageCollection" -> gc = gc.plus(event.getDuration("sumOfPauses"));
                    default -> {
                        // other events are in the file for whoever opens it
                    }
                }
            }
        }
        long all = samples;
        List<Share> stageShares = STAGES.stream().filter(stage -> stages.containsKey(stage.name()))
                .map(stage -> new Share(stage.name(), stages.get(stage.name()) / (double) all)).toList();
        return new FlightRecorderProfile(samples, cpuSeconds, gc, largest(areas, samples), stageShares,
                largest(calls, samples), largest(methods, samples));
    }

    /** The part of the server the sample's innermost known frame belongs to. */
    private static String area(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = type(frame.getMethod());
            for (Map.Entry<String, String> area : AREAS.entrySet()) {
                if (type.startsWith(area.getKey())) {
                    return area.getValue();
                }
            }
        }
        return "the JDK (threads, I/O, collections)";
    }

    private static String type(RecordedMethod method) {
        return method == null || method.getType() == null ? "" : method.getType().getName();
    }

    private static String name(RecordedMethod method) {
        if (method == null) {
            return "(unknown)";
        }
        String type = type(method);
        return type.substring(type.lastIndexOf('.') + 1) + "." + method.getName() + " (" + type.substring(0,
                Math.max(0, type.lastIndexOf('.'))) + ")";
    }

    private static List<Share> largest(Map<String, Long> counts, long samples) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).limit(LISTED)
                .map(entry -> new Share(entry.getKey(), samples == 0 ? 0 : entry.getValue() / (double) samples))
                .toList();
    }
}
