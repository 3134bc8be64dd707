package org.dialogue.meetings.application;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.minutes.ApprovalRound;
import org.dialogue.meetings.domain.minutes.Attendance;
import org.dialogue.meetings.domain.minutes.Decision;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesItem;
import org.dialogue.meetings.domain.minutes.MinutesState;
import org.dialogue.meetings.domain.minutes.RoundAnswer;
import org.dialogue.meetings.domain.organisation.Organisation;

/**
 * The minutes as a PDF (OpenPDF): the meeting's header, the revision, attendance by organisation, the agenda with its
 * notes, the numbered decisions, the actions table and the approval record, with the SHA-256 of approved minutes and
 * how to check it. Minutes not approved yet (a draft, or circulated for approval) carry a diagonal "DRAFT" mark on
 * every page; superseded minutes say so at the top and at the foot of every page.
 *
 * <p>Text is set in Liberation Sans (SIL Open Font License 1.1), the TrueType font OpenPDF ships, embedded as a
 * subset with Unicode encoding (Identity-H), so that every name prints as written: é, ñ, ø, ç, č... Times are on the
 * venue's clock and name its zone; dates are ISO (2031-03-01).
 *
 * <p>A plain class without state: the service reads the minutes (need-to-know applies there) and hands them here.
 */
public final class MinutesPdf {

    /** In OpenPDF's jar. The font's licence is in META-INF/licenses/LiberationSans-OFL.txt of this module. */
    static final String FONT_RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";

    /** The mark every page of minutes not yet approved carries. */
    public static final String DRAFT_MARK = "DRAFT";

    private static final byte[] FONT_BYTES = fontBytes();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xbb, 0xbb, 0xbb);
    private static final Color HEADER_FILL = new Color(0xe8, 0xec, 0xf2);
    private static final float BODY = 10f;

    private final Minutes minutes;
    private final List<ActionItem> actions;
    private final Instant printedAt;
    private final Meeting meeting;
    private final ZoneId zone;
    private final BaseFont font;

    private MinutesPdf(Minutes minutes, List<ActionItem> actions, Instant printedAt) {
        this.minutes = minutes;
        this.actions = actions;
        this.printedAt = printedAt;
        this.meeting = minutes.getMeeting();
        this.zone = meeting.getTimeZone();
        this.font = embeddedFont();
    }

    /** The PDF of these minutes and their actions, printed at the given moment. */
    public static byte[] render(Minutes minutes, List<ActionItem> actions, Instant printedAt) {
        return new MinutesPdf(minutes, List.copyOf(actions), printedAt).render();
    }

    /** The name the PDF is downloaded under: {@code minutes-<meeting id>-rev<revision>.pdf}. */
    public static String fileName(Minutes minutes) {
        return "minutes-" + minutes.getMeeting().getId() + "-rev" + minutes.getRevision() + ".pdf";
    }

    private byte[] render() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            writer.setPageEvent(new PageMarks());
            document.addTitle("Minutes: " + meeting.getTitle() + ", revision " + minutes.getRevision());
            document.addSubject(stateLabel());
            document.addCreator("Dialogue Meetings");
            document.open();
            header(document);
            attendance(document);
            agenda(document);
            decisions(document);
            actions(document);
            approvalRecord(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF of minutes " + minutes.getId() + " could not be written", e);
        }
        return bytes.toByteArray();
    }

    // --- sections ---

    private void header(Document document) throws DocumentException {
        Paragraph title = new Paragraph("Minutes", font(Font.NORMAL, 11, GREY));
        document.add(title);
        document.add(new Paragraph(22f, meeting.getTitle(), font(Font.BOLD, 17, null)));
        document.add(new Paragraph(8f, "", font(Font.NORMAL, BODY, null)));

        PdfPTable facts = new PdfPTable(new float[] {1.3f, 4.7f});
        facts.setWidthPercentage(100);
        fact(facts, "Kind", humanise(meeting.getKind()));
        fact(facts, "Starts", venueTime(meeting.getStartsAt()));
        fact(facts, "Ends", venueTime(meeting.getEndsAt()));
        if (meeting.getVenue() != null && !meeting.getVenue().getLabel().isBlank()) {
            fact(facts, "Venue", meeting.getVenue().getLabel());
        }
        if (meeting.getEdition() != null) {
            fact(facts, "Edition", "Edition " + meeting.getEdition().getNumber() + ": "
                    + meeting.getEdition().getTitle());
        }
        fact(facts, "Revision", String.valueOf(minutes.getRevision()));
        if (minutes.getCorrectionReason() != null) {
            fact(facts, "Correction reason", minutes.getCorrectionReason());
        }
        fact(facts, "Status", stateLabel());
        document.add(facts);

        if (minutes.getState() == MinutesState.SUPERSEDED) {
            notice(document, "SUPERSEDED: a later revision of these minutes was approved"
                    + (minutes.getSupersededAt() == null ? "" : " on " + venueTime(minutes.getSupersededAt()))
                    + " and replaces this one, which stays on record as approved.");
        } else if (!minutes.getState().isFrozen()) {
            notice(document, DRAFT_MARK + ": not approved. "
                    + (minutes.getState() == MinutesState.CIRCULATED
                            ? "Circulated to the delegations for approval; the text may still change."
                            : "A draft of the secretariat; the text may still change."));
        }
    }

    private void attendance(Document document) throws DocumentException {
        section(document, "Attendance");
        if (minutes.getAttendance().isEmpty()) {
            document.add(body("No attendance recorded."));
            return;
        }
        Map<Organisation, List<Attendance>> byOrganisation = new LinkedHashMap<>();
        minutes.getAttendance().stream()
                .sorted(java.util.Comparator.comparing((Attendance a) -> a.getOrganisation().getAcronym()))
                .forEach(a -> byOrganisation.computeIfAbsent(a.getOrganisation(), o -> new java.util.ArrayList<>())
                        .add(a));
        for (Map.Entry<Organisation, List<Attendance>> organisation : byOrganisation.entrySet()) {
            Paragraph heading = new Paragraph(18f, "", font(Font.NORMAL, BODY, null));
            heading.add(new Chunk(organisation.getKey().getAcronym(), font(Font.BOLD, BODY, null)));
            if (organisation.getKey().getName() != null
                    && !organisation.getKey().getName().equals(organisation.getKey().getAcronym())) {
                heading.add(new Chunk(" (" + organisation.getKey().getName() + ")", font(Font.NORMAL, BODY, GREY)));
            }
            document.add(heading);
            for (Attendance person : organisation.getValue()) {
                Paragraph line = new Paragraph(BODY * 1.35f, "", font(Font.NORMAL, BODY, null));
                line.setIndentationLeft(14f);
                line.add(new Chunk(person.getName(), font(Font.NORMAL, BODY, null)));
                line.add(new Chunk(": " + humanise(person.getStatus())
                        + (person.isUnannounced() ? " (came unannounced)" : ""), font(Font.NORMAL, BODY, GREY)));
                document.add(line);
            }
        }
    }

    private void agenda(Document document) throws DocumentException {
        section(document, "Agenda and notes");
        int number = 0;
        for (MinutesItem item : minutes.getItems()) {
            Paragraph title = new Paragraph(22f, ++number + ". " + item.getTitle(), font(Font.BOLD, 11, null));
            document.add(title);
            List<Element> notes = NotesPdf.paragraphs(item.getNotesHtml(), font, BODY);
            if (notes.isEmpty()) {
                document.add(new Paragraph("No notes.", font(Font.ITALIC, BODY, GREY)));
            }
            for (Element paragraph : notes) {
                document.add(paragraph);
            }
        }
    }

    private void decisions(Document document) throws DocumentException {
        section(document, "Decisions");
        if (minutes.getDecisions().isEmpty()) {
            document.add(body("No decisions recorded."));
            return;
        }
        int number = 0;
        for (Decision decision : minutes.getDecisions()) {
            Paragraph line = new Paragraph(BODY * 1.6f, "", font(Font.NORMAL, BODY, null));
            line.setIndentationLeft(18f);
            line.setFirstLineIndent(-18f);
            line.add(new Chunk("Decision " + ++number + ". ", font(Font.BOLD, BODY, null)));
            line.add(new Chunk(decision.getText(), font(Font.NORMAL, BODY, null)));
            StringBuilder about = new StringBuilder();
            String item = agendaItemNumber(decision.getAgendaItemId());
            if (item != null) {
                about.append("agenda item ").append(item);
            }
            if (decision.getPriorityAxis() != null) {
                about.append(about.isEmpty() ? "" : "; ").append("priority axis: ")
                        .append(decision.getPriorityAxis().getTitle());
            }
            if (!about.isEmpty()) {
                line.add(new Chunk(" (" + about + ")", font(Font.NORMAL, BODY - 1, GREY)));
            }
            document.add(line);
        }
    }

    private void actions(Document document) throws DocumentException {
        section(document, "Actions");
        if (actions.isEmpty()) {
            document.add(body("No actions recorded."));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {0.4f, 3.6f, 1.2f, 1.8f, 1.2f, 1.1f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6f);
        table.setHeaderRows(1);
        for (String column : List.of("#", "Action", "Owner", "Focal point", "Due", "Status")) {
            PdfPCell cell = cell(column, font(Font.BOLD, BODY - 1, null));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        int number = 0;
        for (ActionItem action : actions) {
            String title = action.getTitle()
                    + (action.getDecisionNumber() == null ? "" : " (decision " + action.getDecisionNumber() + ")")
                    + (action.getPriorityAxis() == null ? "" : " (priority axis: "
                            + action.getPriorityAxis().getTitle() + ")");
            Font text = font(Font.NORMAL, BODY - 1, null);
            table.addCell(cell(String.valueOf(++number), text));
            table.addCell(cell(title, text));
            table.addCell(cell(action.getOwner() == null ? "" : action.getOwner().getAcronym(), text));
            table.addCell(cell(Objects.toString(action.getFocalPoint(), ""), text));
            table.addCell(cell(date(action.getDueDate()), text));
            table.addCell(cell(humanise(action.getStatus()), text));
        }
        document.add(table);
    }

    private void approvalRecord(Document document) throws DocumentException {
        section(document, "Approval record");
        if (minutes.getRounds().isEmpty()) {
            document.add(body("Not circulated to the delegations yet."));
        }
        for (ApprovalRound round : minutes.getRounds()) {
            document.add(new Paragraph(24f, "Round " + round.getNumber(), font(Font.BOLD, 11, null)));
            document.add(body("Circulated " + venueTime(round.getCirculatedAt()) + " by " + round.getCirculatedBy()
                    + "; deadline " + venueTime(round.getDeadline()) + "."));
            document.add(body("Outcome: " + outcome(round)));

            PdfPTable answers = new PdfPTable(new float[] {1.2f, 3.8f, 1.5f, 2.1f});
            answers.setWidthPercentage(100);
            answers.setSpacingBefore(4f);
            for (String column : List.of("Organisation", "Answer", "By", "When")) {
                PdfPCell cell = cell(column, font(Font.BOLD, BODY - 1, null));
                cell.setBackgroundColor(HEADER_FILL);
                answers.addCell(cell);
            }
            Font text = font(Font.NORMAL, BODY - 1, null);
            for (RoundAnswer answer : round.getAnswers()) {
                answers.addCell(cell(answer.getOrganisation().getAcronym(), text));
                answers.addCell(answerCell(answer, text));
                answers.addCell(cell(Objects.toString(answer.getAnsweredBy(), "-"), text));
                answers.addCell(cell(answer.getAnsweredAt() == null ? "-" : venueTime(answer.getAnsweredAt()), text));
            }
            document.add(answers);
        }
        if (minutes.getState().isFrozen()) {
            document.add(new Paragraph(26f, "Approved " + venueTime(minutes.getApprovedAt()) + ".",
                    font(Font.BOLD, BODY, null)));
            document.add(body("SHA-256 of the canonical text of these minutes:"));
            Paragraph hash = new Paragraph(BODY * 1.8f, minutes.getApprovedSha256(), font(Font.BOLD, BODY, null));
            hash.setIndentationLeft(14f);
            document.add(hash);
            document.add(body("To check it: download the canonical text of these minutes (a UTF-8 text file) from"
                    + " the application and run \"sha256sum\" on that file; it must print the same 64 characters."
                    + " Any change to the approved text gives another value."));
        }
    }

    // --- pieces ---

    private PdfPCell answerCell(RoundAnswer answer, Font text) {
        Phrase phrase = new Phrase("", text);
        phrase.add(new Chunk(switch (answer.getAnswer()) {
            case PENDING -> "No answer yet";
            case APPROVED -> "Approved";
            case COMMENTED -> "Commented";
            case APPROVED_BY_SILENCE -> "Approved by silence (no answer by the deadline)";
        }, font(Font.BOLD, BODY - 1, null)));
        if (answer.getComment() != null) {
            String item = agendaItemNumber(answer.getAgendaItemId());
            phrase.add(new Chunk("\n" + (item == null ? "" : "On agenda item " + item + ": ") + answer.getComment(),
                    text));
        }
        if (answer.getReply() != null) {
            phrase.add(new Chunk("\nReply of the secretariat (" + answer.getRepliedBy()
                    + (answer.getRepliedAt() == null ? "" : ", " + venueTime(answer.getRepliedAt())) + "): "
                    + answer.getReply(), font(Font.ITALIC, BODY - 1, GREY)));
        }
        PdfPCell cell = new PdfPCell(phrase);
        pad(cell);
        return cell;
    }

    private String outcome(ApprovalRound round) {
        if (round.getOutcome() == null) {
            return "under way, answers due by the deadline.";
        }
        String closed = round.getClosedAt() == null ? "" : " (" + venueTime(round.getClosedAt()) + ")";
        return switch (round.getOutcome()) {
            case APPROVED -> "approved by every organisation" + closed + ".";
            case APPROVED_BY_SILENCE -> "approved by silence: the deadline passed without objection" + closed + ".";
            case ENDED_WITH_COMMENTS -> "ended with comments at the deadline" + closed + "; revised for a new round.";
            case REVISED -> "withdrawn by the secretariat for revision" + closed
                    + (round.getRevisionReason() == null ? "." : ": " + round.getRevisionReason());
        };
    }

    private void fact(PdfPTable table, String label, String value) {
        PdfPCell name = cell(label, font(Font.NORMAL, BODY, GREY));
        name.setBorder(Rectangle.NO_BORDER);
        PdfPCell text = cell(value, font(Font.NORMAL, BODY, null));
        text.setBorder(Rectangle.NO_BORDER);
        table.addCell(name);
        table.addCell(text);
    }

    private void section(Document document, String title) throws DocumentException {
        // Space above comes from the leading: OpenPDF writes paragraph spacing as a blank glyph between lines,
        // which text extraction would read into the words.
        document.add(new Paragraph(32f, title, font(Font.BOLD, 13, null)));
        document.add(new Paragraph(4f, "", font(Font.NORMAL, BODY, null)));
    }

    private void notice(Document document, String text) throws DocumentException {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(8f);
        PdfPCell cell = cell(text, font(Font.BOLD, BODY, new Color(0x8a, 0x1c, 0x1c)));
        cell.setBorderColor(new Color(0x8a, 0x1c, 0x1c));
        cell.setPadding(6f);
        box.addCell(cell);
        document.add(box);
    }

    private Paragraph body(String text) {
        Paragraph paragraph = new Paragraph(text, font(Font.NORMAL, BODY, null));
        paragraph.setLeading(BODY * 1.3f);
        return paragraph;
    }

    private PdfPCell cell(String text, Font cellFont) {
        PdfPCell cell = new PdfPCell(new Phrase(text, cellFont));
        pad(cell);
        return cell;
    }

    private static void pad(PdfPCell cell) {
        cell.setPadding(4f);
        cell.setBorderColor(RULE);
    }

    private Font font(int style, float size, Color color) {
        Font result = new Font(font, size, style);
        if (color != null) {
            result.setColor(color);
        }
        return result;
    }

    private String agendaItemNumber(Long agendaItemId) {
        if (agendaItemId == null) {
            return null;
        }
        List<MinutesItem> items = minutes.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (agendaItemId.equals(items.get(i).getAgendaItemId())) {
                return String.valueOf(i + 1);
            }
        }
        return null;
    }

    private String stateLabel() {
        return switch (minutes.getState()) {
            case DRAFT -> "Draft (not circulated)";
            case CIRCULATED -> "Circulated for approval, not approved";
            case APPROVED -> "Approved";
            case SUPERSEDED -> "Approved, then superseded by a later revision";
        };
    }

    /** "2031-03-01 09:00 Europe/Paris": the venue's wall clock and its zone. */
    private String venueTime(Instant instant) {
        return instant == null ? "-" : DATE_TIME.format(instant.atZone(zone)) + " " + zone.getId();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** JOINT_OPERATIONAL_MEETING: "Joint operational meeting". */
    private static String humanise(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static BaseFont embeddedFont() {
        try {
            // The name must end in .ttf for OpenPDF to read the bytes as TrueType; not cached: one per document.
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    FONT_BYTES, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The PDF font could not be read", e);
        }
    }

    private static byte[] fontBytes() {
        try (InputStream in = MinutesPdf.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(FONT_RESOURCE + " is missing from the class path (OpenPDF's jar)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On every page: the DRAFT mark for minutes not approved, and a foot line with the status and page number. */
    private final class PageMarks extends PdfPageEventHelper {

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            if (!minutes.getState().isFrozen()) {
                PdfContentByte canvas = writer.getDirectContent();
                canvas.saveState();
                PdfGState translucent = new PdfGState();
                translucent.setFillOpacity(0.14f);
                translucent.setStrokeOpacity(0.14f);
                canvas.setGState(translucent);
                ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                        new Phrase(DRAFT_MARK, font(Font.NORMAL, 130, new Color(0xb0, 0x00, 0x00))),
                        page.getWidth() / 2, page.getHeight() / 2, 45);
                canvas.restoreState();
            }
            String foot = meeting.getTitle() + " | minutes, revision " + minutes.getRevision() + " | "
                    + stateLabel() + " | printed " + DATE_TIME.format(printedAt.atZone(ZoneOffset.UTC)) + " UTC"
                    + " | page " + writer.getPageNumber();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(foot, font(Font.NORMAL, 7.5f, GREY)), page.getWidth() / 2, 32, 0);
        }
    }
}
