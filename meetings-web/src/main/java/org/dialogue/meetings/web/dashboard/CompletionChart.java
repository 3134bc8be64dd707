package org.dialogue.meetings.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.dialogue.meetings.domain.action.ActionStatus;
import org.dialogue.meetings.domain.shared.Languages;
import org.dialogue.meetings.domain.shared.LocalFormats;

/**
 * The Chart.js configuration of a completion chart (PrimeFaces 15's {@code p:chart} takes it as JSON): horizontal
 * bars stacked by status, done first. PrimeFaces writes the configuration into the page's nonced script, so the
 * chart runs under the Content Security Policy; labels come from users (axis titles), so every {@code <}, {@code >}
 * and {@code &} is written as a JSON escape and cannot close the script.
 */
public final class CompletionChart {

    /** Status order and colours (done green, in progress blue, open amber, dropped grey); the table says it in words. */
    private static final List<ActionStatus> ORDER = List.of(ActionStatus.DONE, ActionStatus.IN_PROGRESS,
            ActionStatus.OPEN, ActionStatus.DROPPED);
    private static final List<String> COLOURS = List.of("#1a7f37", "#2f6fb3", "#d29922", "#8c959f");

    /**
     * One factory for every chart: each static {@code Json.create...} call looks the JSON provider up again through
     * the class loaders (a ServiceLoader scan of the server's jars), and the dashboard's two charts made some sixty
     * such calls per view; under load the threads queued on the jar files.
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private CompletionChart() {
    }

    /** The configuration in English, left to right. */
    public static String json(List<CompletionRow> rows, Function<ActionStatus, String> statusLabel) {
        return json(rows, statusLabel, Locale.ENGLISH);
    }

    /**
     * The configuration; {@code statusLabel} gives each status's label in the reader's language, the locale writes
     * the numbers (Chart.js's {@code locale}) and, for Arabic, turns the chart right to left: the bars grow from the
     * right, the axis titles stand on the right, the legend and tooltips read right to left.
     */
    public static String json(List<CompletionRow> rows, Function<ActionStatus, String> statusLabel, Locale locale) {
        boolean rtl = Languages.rightToLeft(locale);
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        rows.forEach(row -> labels.add(row.label()));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (int i = 0; i < ORDER.size(); i++) {
            ActionStatus status = ORDER.get(i);
            JsonArrayBuilder data = JSON.createArrayBuilder();
            rows.forEach(row -> data.add(row.count(status)));
            datasets.add(JSON.createObjectBuilder().add("label", statusLabel.apply(status)).add("data", data)
                    .add("backgroundColor", COLOURS.get(i)));
        }
        JsonObjectBuilder stacked = JSON.createObjectBuilder().add("stacked", true).add("position",
                rtl ? "right" : "left");
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("locale", LocalFormats.latinDigits(locale).toLanguageTag())
                .add("indexAxis", "y")
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", JSON.createObjectBuilder()
                        .add("x", JSON.createObjectBuilder().add("stacked", true).add("reverse", rtl)
                                .add("ticks", JSON.createObjectBuilder().add("precision", 0)))
                        .add("y", stacked))
                .add("plugins", JSON.createObjectBuilder()
                        .add("legend", JSON.createObjectBuilder().add("position", "bottom").add("rtl", rtl)
                                .add("textDirection", rtl ? "rtl" : "ltr"))
                        .add("tooltip", JSON.createObjectBuilder().add("rtl", rtl)
                                .add("textDirection", rtl ? "rtl" : "ltr")));
        String json = JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
        // Only string contents can hold these characters in JSON; the escapes read the same to the chart.
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** A height that gives each bar room: the canvas's CSS height. */
    public static String height(List<CompletionRow> rows) {
        return "height: " + Math.max(160, 60 + 32 * rows.size()) + "px";
    }
}
