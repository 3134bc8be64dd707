package org.dialogue.meetings.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
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
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(row -> labels.add(row.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < ORDER.size(); i++) {
            ActionStatus status = ORDER.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            rows.forEach(row -> data.add(row.count(status)));
            datasets.add(Json.createObjectBuilder().add("label", statusLabel.apply(status)).add("data", data)
                    .add("backgroundColor", COLOURS.get(i)));
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true).add("position",
                rtl ? "right" : "left");
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("locale", LocalFormats.latinDigits(locale).toLanguageTag())
                .add("indexAxis", "y")
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", true).add("reverse", rtl)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))
                        .add("y", stacked))
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom").add("rtl", rtl)
                                .add("textDirection", rtl ? "rtl" : "ltr"))
                        .add("tooltip", Json.createObjectBuilder().add("rtl", rtl)
                                .add("textDirection", rtl ? "rtl" : "ltr")));
        String json = Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
        // Only string contents can hold these characters in JSON; the escapes read the same to the chart.
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** A height that gives each bar room: the canvas's CSS height. */
    public static String height(List<CompletionRow> rows) {
        return "height: " + Math.max(160, 60 + 32 * rows.size()) + "px";
    }
}
