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
import com.lowagie.text.pdf.ArabicLigaturizer;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.minutes.ApprovalRound;
import org.dialogue.meetings.domain.minutes.Attendance;
import org.dialogue.meetings.domain.minutes.Decision;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesItem;
import org.dialogue.meetings.domain.minutes.MinutesState;
import org.dialogue.meetings.domain.minutes.RoundAnswer;
import org.dialogue.meetings.domain.minutes.RoundOutcome;
import org.dialogue.meetings.domain.organisation.Organisation;

/**
 * The minutes as a PDF (OpenPDF): the meeting's header, the revision, attendance by organisation, the agenda with its
 * notes, the numbered decisions, the actions table and the approval record, with the SHA-256 of approved minutes and
 * how to check it. Minutes not approved yet (a draft, or circulated for approval) carry a diagonal "DRAFT" mark on
 * every page; superseded minutes say so at the top and at the foot of every page.
 *
 * <p>Headings and labels come from the bundle {@value #BUNDLE} in the language asked for (English, French, Spanish or
 * Arabic; any other gives English); the minutes' own text (titles, notes, decisions, actions, names) is printed as
 * written, whatever the language of the headings. The approved hash covers the canonical text, not this PDF, so the
 * same minutes may be printed in every language.
 *
 * <p>Text is set in DejaVu Sans (regular and bold, shipped in this module beside its licence, see {@link #FONT_FOLDER}),
 * embedded as a subset with Unicode encoding (Identity-H): one font for Latin and Arabic letters, so that every name
 * prints as written (é, ñ, ø, ç, č, محمد) and mixed lines need no font switching. Every block goes through OpenPDF's
 * {@link ColumnText} with a run direction, never straight into the document, because only there does OpenPDF run the
 * Unicode bidirectional algorithm and shape Arabic ({@link ArabicLigaturizer}: each letter in its joined initial,
 * medial, final or isolated form, lam-alef as one ligature): the Arabic document runs right to left, aligned on the
 * right, its tables mirrored; in any language a paragraph of the minutes' own text takes the direction of its first
 * strong letter (as HTML's {@code dir="auto"}), so Arabic notes read right to left in English minutes, and Latin
 * acronyms and numbers keep their order inside Arabic lines. Times are on the venue's clock and name its zone; dates
 * are ISO (2031-03-01), the same in every language.
 *
 * <p>A plain class without state: the service reads the minutes (need-to-know applies there) and hands them here.
 */
public final class MinutesPdf {

    /** The bundle of headings and labels: PdfMessages.properties (English) and its _fr, _es and _ar siblings. */
    static final String BUNDLE = "org.dialogue.meetings.application.pdf.PdfMessages";

    /** Where the fonts and their licence (DejaVu-LICENSE.txt) are, in this module's jar. */
    static final String FONT_FOLDER = "/org/dialogue/meetings/application/pdf/fonts/";

    /** The languages the PDF is printed in; any other gives English. */
    public static final Set<String> LANGUAGES = Set.of("en", "fr", "es", "ar");

    /** The mark every page of minutes not yet approved carries, in English (see {@link #draftMark(Locale)}). */
    public static final String DRAFT_MARK = "DRAFT";

    private static final byte[] REGULAR_BYTES = fontBytes("DejaVuSans.ttf");
    private static final byte[] BOLD_BYTES = fontBytes("DejaVuSans-Bold.ttf");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xbb, 0xbb, 0xbb);
    private static final Color HEADER_FILL = new Color(0xe8, 0xec, 0xf2);
    private static final float BODY = 10f;
    private static final float MARGIN = 56f;
    private static final float BOTTOM_MARGIN = 64f;
    private static final float SECTION_LEADING = 32f;
    /** The body lines a section's heading needs below it on its page (a round's first lines, a table's first row). */
    private static final int SECTION_START_LINES = 5;
    /**
     * Shaping only (joined forms, and lam-alef as one letter, which the shaper always makes). Not {@code ar_lig}: it
     * also makes the optional ligatures of Arabic Presentation Forms-A (lam-meem, meem-hah...), which DejaVu Sans
     * mostly lacks, and OpenPDF silently drops characters the font has no glyph for ("محضر" printed as "ضر").
     */
    static final int ARABIC_OPTIONS = ArabicLigaturizer.ar_nothing;

    private final Minutes minutes;
    private final List<ActionItem> actions;
    private final Instant printedAt;
    private final Meeting meeting;
    private final ZoneId zone;
    private final Locale language;
    private final ResourceBundle messages;
    /** The direction of the headings' language: right to left for Arabic, left to right for the others. */
    private final int direction;
    private final BaseFont regular;
    private final BaseFont bold;
    private Document document;
    private ColumnText column;

    private MinutesPdf(Minutes minutes, List<ActionItem> actions, Instant printedAt, Locale language) {
        this.minutes = minutes;
        this.actions = actions;
        this.printedAt = printedAt;
        this.meeting = minutes.getMeeting();
        this.zone = meeting.getTimeZone();
        this.language = language;
        this.messages = messages(language);
        this.direction = "ar".equals(language.getLanguage()) ? PdfWriter.RUN_DIRECTION_RTL
                : PdfWriter.RUN_DIRECTION_LTR;
        this.regular = embeddedFont("DejaVuSans.ttf", REGULAR_BYTES);
        this.bold = embeddedFont("DejaVuSans-Bold.ttf", BOLD_BYTES);
    }

    /** The PDF of these minutes and their actions, printed at the given moment, with English headings. */
    public static byte[] render(Minutes minutes, List<ActionItem> actions, Instant printedAt) {
        return render(minutes, actions, printedAt, Locale.ENGLISH);
    }

    /**
     * The PDF of these minutes and their actions, printed at the given moment, with headings and labels in the given
     * language (see {@link #language(Locale)}; Arabic prints right to left).
     */
    public static byte[] render(Minutes minutes, List<ActionItem> actions, Instant printedAt, Locale language) {
        return new MinutesPdf(minutes, List.copyOf(actions), printedAt, language(language)).render();
    }

    /** The language the PDF is printed in for the one asked for: en, fr, es or ar by its language, else English. */
    public static Locale language(Locale requested) {
        String code = requested == null ? "" : requested.getLanguage();
        return LANGUAGES.contains(code) ? Locale.forLanguageTag(code) : Locale.ENGLISH;
    }

    /** The diagonal mark of minutes not yet approved, in the given language: DRAFT, PROJET, BORRADOR, مسودة. */
    public static String draftMark(Locale language) {
        return messages(language(language)).getString("pdf.draftMark");
    }

    /** The name the PDF is downloaded under: {@code minutes-<meeting id>-rev<revision>.pdf}. */
    public static String fileName(Minutes minutes) {
        return "minutes-" + minutes.getMeeting().getId() + "-rev" + minutes.getRevision() + ".pdf";
    }

    private byte[] render() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, BOTTOM_MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            writer.setPageEvent(new PageMarks());
            writer.setRunDirection(direction);
            document.addTitle(text("pdf.documentTitle", meeting.getTitle(), minutes.getRevision()));
            document.addSubject(stateLabel());
            document.addCreator("Dialogue Meetings");
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.toLanguageTag()));
            document.open();
            column = new ColumnText(writer.getDirectContent());
            column.setArabicOptions(ARABIC_OPTIONS);
            newColumn();
            header();
            attendance();
            agenda();
            decisions();
            actions();
            approvalRecord();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF of minutes " + minutes.getId() + " could not be written", e);
        }
        return bytes.toByteArray();
    }

    // --- sections ---

    private void header() {
        add(new Paragraph(text("pdf.minutes"), font(Font.NORMAL, 11, GREY)));
        add(new Paragraph(22f, meeting.getTitle(), font(Font.BOLD, 17, null)), directionOf(meeting.getTitle()));

        PdfPTable facts = table(new float[] {1.5f, 4.5f});
        facts.setSpacingBefore(8f);
        fact(facts, text("pdf.fact.kind"), meeting.getKind() == null ? "" : text("pdf.kind." + meeting.getKind()));
        fact(facts, text("pdf.fact.starts"), venueTime(meeting.getStartsAt()));
        fact(facts, text("pdf.fact.ends"), venueTime(meeting.getEndsAt()));
        if (meeting.getVenue() != null && !meeting.getVenue().getLabel().isBlank()) {
            fact(facts, text("pdf.fact.venue"), meeting.getVenue().getLabel());
        }
        if (meeting.getEdition() != null) {
            fact(facts, text("pdf.fact.edition"), text("pdf.edition", meeting.getEdition().getNumber(),
                    meeting.getEdition().getTitle()));
        }
        fact(facts, text("pdf.fact.revision"), String.valueOf(minutes.getRevision()));
        if (minutes.getCorrectionReason() != null) {
            fact(facts, text("pdf.fact.correctionReason"), minutes.getCorrectionReason());
        }
        fact(facts, text("pdf.fact.status"), stateLabel());
        add(facts);

        if (minutes.getState() == MinutesState.SUPERSEDED) {
            notice(minutes.getSupersededAt() == null ? text("pdf.notice.superseded")
                    : text("pdf.notice.supersededOn", venueTime(minutes.getSupersededAt())));
        } else if (!minutes.getState().isFrozen()) {
            notice(text(minutes.getState() == MinutesState.CIRCULATED ? "pdf.notice.circulated" : "pdf.notice.draft",
                    text("pdf.draftMark")));
        }
    }

    private void attendance() {
        section(text("pdf.section.attendance"));
        if (minutes.getAttendance().isEmpty()) {
            add(body(text("pdf.attendance.none")));
            return;
        }
        Map<Organisation, List<Attendance>> byOrganisation = new LinkedHashMap<>();
        minutes.getAttendance().stream()
                .sorted(java.util.Comparator.comparing((Attendance a) -> a.getOrganisation().getAcronym()))
                .forEach(a -> byOrganisation.computeIfAbsent(a.getOrganisation(), o -> new java.util.ArrayList<>())
                        .add(a));
        for (Map.Entry<Organisation, List<Attendance>> organisation : byOrganisation.entrySet()) {
            // the organisation with its first person, never alone at a page's foot
            newPageUnlessItFits(List.of(organisationHeading(organisation.getKey()),
                    attendanceLine(organisation.getValue().get(0))));
            add(organisationHeading(organisation.getKey()));
            for (Attendance person : organisation.getValue()) {
                add(attendanceLine(person));
            }
        }
    }

    private Paragraph organisationHeading(Organisation organisation) {
        Paragraph heading = new Paragraph(18f, "", font(Font.NORMAL, BODY, null));
        heading.add(new Chunk(own(organisation.getAcronym()), font(Font.BOLD, BODY, null)));
        if (organisation.getName() != null && !organisation.getName().equals(organisation.getAcronym())) {
            heading.add(new Chunk(" (" + own(organisation.getName()) + ")", font(Font.NORMAL, BODY, GREY)));
        }
        return heading;
    }

    private Paragraph attendanceLine(Attendance person) {
        Paragraph line = new Paragraph(BODY * 1.35f, "", font(Font.NORMAL, BODY, null));
        indent(line, 14f, 0f);
        line.add(new Chunk(own(person.getName()), font(Font.NORMAL, BODY, null)));
        line.add(new Chunk(": " + text("pdf.attendance." + person.getStatus())
                + (person.isUnannounced() ? " " + text("pdf.attendance.unannounced") : ""),
                font(Font.NORMAL, BODY, GREY)));
        return line;
    }

    private void agenda() {
        section(text("pdf.section.agenda"));
        int number = 0;
        for (MinutesItem item : minutes.getItems()) {
            String title = ++number + ". " + item.getTitle();
            // the item's title with its first paragraph, never alone at a page's foot
            newPageUnlessItFits(List.of(itemTitle(title), itemNotes(item).get(0)));
            add(itemTitle(title), directionOf(item.getTitle()));
            for (Element element : itemNotes(item)) {
                Paragraph paragraph = (Paragraph) element;
                add(paragraph, directionOf(paragraph.getContent()));
            }
        }
    }

    private Paragraph itemTitle(String title) {
        return new Paragraph(22f, title, font(Font.BOLD, 11, null));
    }

    /** The paragraphs of an item's notes, or the one saying it has none. */
    private List<Element> itemNotes(MinutesItem item) {
        List<Element> notes = NotesPdf.paragraphs(item.getNotesHtml(), regular, bold, BODY);
        return notes.isEmpty() ? List.of(new Paragraph(text("pdf.agenda.noNotes"), font(Font.ITALIC, BODY, GREY)))
                : notes;
    }

    private void decisions() {
        section(text("pdf.section.decisions"));
        if (minutes.getDecisions().isEmpty()) {
            add(body(text("pdf.decisions.none")));
            return;
        }
        int number = 0;
        for (Decision decision : minutes.getDecisions()) {
            Paragraph line = new Paragraph(BODY * 1.6f, "", font(Font.NORMAL, BODY, null));
            indent(line, 18f, -18f);
            line.add(new Chunk(text("pdf.decision", ++number) + " ", font(Font.BOLD, BODY, null)));
            line.add(new Chunk(own(decision.getText()), font(Font.NORMAL, BODY, null)));
            StringBuilder about = new StringBuilder();
            String item = agendaItemNumber(decision.getAgendaItemId());
            if (item != null) {
                about.append(text("pdf.decision.agendaItem", item));
            }
            if (decision.getPriorityAxis() != null) {
                about.append(about.isEmpty() ? "" : "; ")
                        .append(text("pdf.decision.priorityAxis", decision.getPriorityAxis().getTitle()));
            }
            if (!about.isEmpty()) {
                line.add(new Chunk(" (" + about + ")", font(Font.NORMAL, BODY - 1, GREY)));
            }
            add(line);
        }
    }

    private void actions() {
        section(text("pdf.section.actions"));
        if (actions.isEmpty()) {
            add(body(text("pdf.actions.none")));
            return;
        }
        PdfPTable table = table(new float[] {33, 185, 73, 66, 62, 64}); // points, of 483
        table.setSpacingBefore(6f);
        table.setHeaderRows(1);
        for (String column : List.of("number", "action", "owner", "focalPoint", "due", "status")) {
            PdfPCell cell = cell(text("pdf.actions." + column), font(Font.BOLD, BODY - 1, null));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        int number = 0;
        for (ActionItem action : actions) {
            Font text = font(Font.NORMAL, BODY - 1, null);
            Phrase title = new Phrase(action.getTitle(), text);
            if (action.getDecisionNumber() != null) {
                title.add(new Chunk(" " + text("pdf.actions.decision", action.getDecisionNumber()), text));
            }
            if (action.getPriorityAxis() != null) {
                title.add(new Chunk(" " + text("pdf.actions.priorityAxis", action.getPriorityAxis().getTitle()),
                        text));
            }
            table.addCell(cell(String.valueOf(++number), text));
            table.addCell(cell(title, directionOf(action.getTitle())));
            table.addCell(cell(action.getOwner() == null ? "" : action.getOwner().getAcronym(), text));
            table.addCell(cell(Objects.toString(action.getFocalPoint(), ""), text));
            table.addCell(cell(date(action.getDueDate()), text));
            table.addCell(cell(action.getStatus() == null ? "" : text("pdf.action." + action.getStatus()), text));
        }
        add(table);
    }

    private void approvalRecord() {
        section(text("pdf.section.approval"));
        if (minutes.getRounds().isEmpty()) {
            add(body(text("pdf.approval.notCirculated")));
        }
        for (ApprovalRound round : minutes.getRounds()) {
            addTogether(() -> List.of(
                    new Paragraph(24f, text("pdf.round", round.getNumber()), font(Font.BOLD, 11, null)),
                    body(text("pdf.round.circulated", venueTime(round.getCirculatedAt()), round.getCirculatedBy(),
                            venueTime(round.getDeadline()))),
                    body(text("pdf.round.outcome", outcome(round)))));

            PdfPTable answers = table(new float[] {74, 187, 73, 149});
            answers.setSpacingBefore(4f);
            for (String column : List.of("organisation", "answer", "by", "when")) {
                PdfPCell cell = cell(text("pdf.round." + column), font(Font.BOLD, BODY - 1, null));
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
            add(answers);
        }
        if (minutes.getState().isFrozen()) {
            addTogether(() -> {
                Paragraph hash = new Paragraph(BODY * 1.8f, minutes.getApprovedSha256(), font(Font.BOLD, BODY, null));
                indent(hash, 14f, 0f);
                List<Element> block = new ArrayList<>(List.of(new Paragraph(26f, text("pdf.approved",
                        venueTime(minutes.getApprovedAt())), font(Font.BOLD, BODY, null)), body(text("pdf.hash.title")),
                        hash, body(text("pdf.hash.howToCheck"))));
                // The key's fingerprint beside the hash: what a reader matches against the published key.
                minutes.getApprovalSignature().ifPresent(signature -> {
                    Paragraph keyId = new Paragraph(BODY * 1.8f, signature.getKeyId(), font(Font.BOLD, BODY, null));
                    indent(keyId, 14f, 0f);
                    block.addAll(List.of(body(text("pdf.signature.title")), keyId,
                            body(text("pdf.signature.howToCheck"))));
                });
                return block;
            });
        }
    }

    // --- pieces ---

    private PdfPCell answerCell(RoundAnswer answer, Font text) {
        Phrase phrase = new Phrase("", text);
        phrase.add(new Chunk(text("pdf.answer." + answer.getAnswer()), font(Font.BOLD, BODY - 1, null)));
        if (answer.getComment() != null) {
            String item = agendaItemNumber(answer.getAgendaItemId());
            phrase.add(new Chunk("\n" + (item == null ? "" : text("pdf.answer.onItem", item) + " ")
                    + answer.getComment(), text));
        }
        if (answer.getReply() != null) {
            String by = answer.getRepliedBy()
                    + (answer.getRepliedAt() == null ? "" : ", " + venueTime(answer.getRepliedAt()));
            phrase.add(new Chunk("\n" + text("pdf.answer.reply", by) + " " + answer.getReply(),
                    font(Font.ITALIC, BODY - 1, GREY)));
        }
        return cell(phrase, direction);
    }

    private String outcome(ApprovalRound round) {
        if (round.getOutcome() == null) {
            return text("pdf.outcome.underWay");
        }
        String closed = round.getClosedAt() == null ? "" : " (" + venueTime(round.getClosedAt()) + ")";
        if (round.getOutcome() == RoundOutcome.REVISED && round.getRevisionReason() != null) {
            return text("pdf.outcome.REVISED.reason", closed, round.getRevisionReason());
        }
        return text("pdf.outcome." + round.getOutcome(), closed);
    }

    private void fact(PdfPTable table, String label, String value) {
        PdfPCell name = cell(label, font(Font.NORMAL, BODY, GREY));
        name.setBorder(Rectangle.NO_BORDER);
        PdfPCell text = cell(value, font(Font.NORMAL, BODY, null));
        text.setBorder(Rectangle.NO_BORDER);
        table.addCell(name);
        table.addCell(text);
    }

    private void section(String title) {
        Paragraph heading = new Paragraph(SECTION_LEADING, title, font(Font.BOLD, 13, null));
        heading.setSpacingAfter(4f);
        if (column.getYLine() - BOTTOM_MARGIN < SECTION_LEADING + 4f + SECTION_START_LINES * BODY * 1.3f) {
            // a heading alone at a page's foot: the section starts on the next page, with its first lines
            document.newPage();
            newColumn();
        }
        add(heading);
    }

    private void notice(String text) {
        PdfPTable box = table(new float[] {1f});
        box.setSpacingBefore(8f);
        PdfPCell cell = cell(text, font(Font.BOLD, BODY, new Color(0x8a, 0x1c, 0x1c)));
        cell.setBorderColor(new Color(0x8a, 0x1c, 0x1c));
        cell.setPadding(6f);
        box.addCell(cell);
        add(box);
    }

    private Paragraph body(String text) {
        Paragraph paragraph = new Paragraph(text, font(Font.NORMAL, BODY, null));
        paragraph.setLeading(BODY * 1.3f);
        return paragraph;
    }

    /**
     * A full-width table whose columns run in the headings' direction: in Arabic the first column is on the right.
     * OpenPDF mirrors the cells of a right-to-left table but not the widths, so they are given in reverse.
     */
    private PdfPTable table(float[] widths) {
        float[] placed = widths.clone();
        if (direction == PdfWriter.RUN_DIRECTION_RTL) {
            for (int i = 0; i < placed.length; i++) {
                placed[i] = widths[widths.length - 1 - i];
            }
        }
        PdfPTable table = new PdfPTable(placed);
        table.setWidthPercentage(100);
        table.setRunDirection(direction);
        return table;
    }

    /** A cell whose text runs in its own direction: the direction of its first strong letter, else the headings'. */
    private PdfPCell cell(String text, Font cellFont) {
        return cell(new Phrase(text, cellFont), directionOf(text));
    }

    private PdfPCell cell(Phrase phrase, int runDirection) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setRunDirection(runDirection);
        cell.setArabicOptions(ARABIC_OPTIONS);
        // On the document's start side, so that a column lines up whatever the direction of each value: OpenPDF reads
        // "left" as the start side of the cell's own direction (the right for a right-to-left cell).
        cell.setHorizontalAlignment(runDirection == direction ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        cell.setPadding(4f);
        cell.setBorderColor(RULE);
        return cell;
    }

    /** Regular or bold DejaVu Sans; italic, underline and strike-through as OpenPDF draws them over it. */
    private Font font(int style, float size, Color color) {
        Font result = new Font((style & Font.BOLD) != 0 ? bold : regular, size, style & ~Font.BOLD);
        if (color != null) {
            result.setColor(color);
        }
        return result;
    }

    // --- the flow of blocks, page after page, each with its direction ---

    /** A block in the headings' direction. */
    private void add(Element element) {
        add(element, direction);
    }

    /** A block in the given direction, on as many pages as it needs. */
    private void add(Element element, int runDirection) {
        if (element instanceof Paragraph paragraph && runDirection == PdfWriter.RUN_DIRECTION_RTL
                && paragraph.getAlignment() <= Element.ALIGN_LEFT) {
            // OpenPDF reads an explicit "left" as the start side of a right-to-left line (the right), but sets a
            // paragraph without alignment on the left.
            paragraph.setAlignment(Element.ALIGN_LEFT);
        }
        column.setRunDirection(runDirection);
        column.addElement(element);
        try {
            int status = column.go();
            while (ColumnText.hasMoreText(status)) {
                document.newPage();
                newColumn();
                status = column.go();
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF of minutes " + minutes.getId() + " could not be written", e);
        }
    }

    /**
     * Blocks that read as one (a heading and its value, such as the hash), on the next page when what is left of this
     * one cannot hold them all; a heading is never left alone at a page's foot. The blocks are laid out once on a
     * trial column (nothing drawn), hence a supplier: a laid-out block is not added twice.
     */
    private void addTogether(Supplier<List<Element>> blocks) {
        newPageUnlessItFits(blocks.get());
        blocks.get().forEach(this::add);
    }

    /**
     * Starts a new page when what is left of this one cannot hold the given blocks, laid out on a trial column
     * (nothing drawn; the blocks are used up by it, so the caller adds fresh ones). A page still empty is kept.
     */
    private void newPageUnlessItFits(List<Element> trialBlocks) {
        Rectangle page = document.getPageSize();
        if (column.getYLine() >= page.getHeight() - MARGIN) {
            return;
        }
        ColumnText trial = new ColumnText(null);
        trial.setArabicOptions(ARABIC_OPTIONS);
        trial.setRunDirection(direction);
        trial.setSimpleColumn(MARGIN, BOTTOM_MARGIN, page.getWidth() - MARGIN, column.getYLine());
        trialBlocks.forEach(trial::addElement);
        try {
            if (ColumnText.hasMoreText(trial.go(true))) {
                document.newPage();
                newColumn();
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF of minutes " + minutes.getId() + " could not be written", e);
        }
    }

    private void newColumn() {
        Rectangle page = document.getPageSize();
        column.setSimpleColumn(MARGIN, BOTTOM_MARGIN, page.getWidth() - MARGIN, page.getHeight() - MARGIN);
    }

    /**
     * Indents a paragraph on its start side: OpenPDF mirrors the indentation of a right-to-left paragraph itself (the
     * "left" indentation and the hanging first line are then on the right).
     */
    private static void indent(Paragraph paragraph, float start, float firstLine) {
        paragraph.setIndentationLeft(start);
        paragraph.setFirstLineIndent(firstLine);
    }

    /**
     * A text of the minutes inside a line of the headings' language, followed by a mark of its own direction (RLM or
     * LRM) when that differs: the punctuation that ends it (and the brackets around it) then stays with it, instead of
     * being carried to the other end of the line by the bidirectional algorithm.
     */
    private String own(String text) {
        int own = directionOf(text);
        if (text == null || own == direction) {
            return text;
        }
        return text + (own == PdfWriter.RUN_DIRECTION_RTL ? "\u200F" : "\u200E");
    }

    /**
     * The direction of a text of the minutes, as HTML's {@code dir="auto"}: right to left if its first strong letter
     * is Arabic (or Hebrew), left to right if it is Latin (or another left-to-right script), else the headings'.
     */
    int directionOf(String text) {
        return directionOf(text, direction);
    }

    static int directionOf(String text, int otherwise) {
        if (text != null) {
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                switch (Character.getDirectionality(codePoint)) {
                    case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                        return PdfWriter.RUN_DIRECTION_LTR;
                    case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                        return PdfWriter.RUN_DIRECTION_RTL;
                    default:
                        i += Character.charCount(codePoint);
                }
            }
        }
        return otherwise;
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
        return text("pdf.state." + minutes.getState());
    }

    /** The text of a key in the document's language, {0}, {1}... replaced by the values as they stand. */
    private String text(String key, Object... values) {
        String text = messages.getString(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    private static ResourceBundle messages(Locale language) {
        try {
            return ResourceBundle.getBundle(BUNDLE, language, MinutesPdf.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException(BUNDLE + " is missing from the class path", e);
        }
    }

    /** "2031-03-01 09:00 Europe/Paris": the venue's wall clock and its zone. */
    private String venueTime(Instant instant) {
        return instant == null ? "-" : DATE_TIME.format(instant.atZone(zone)) + " " + zone.getId();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static BaseFont embeddedFont(String name, byte[] bytes) {
        try {
            // The name must end in .ttf for OpenPDF to read the bytes as TrueType; not cached: one per document.
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The PDF font " + name + " could not be read", e);
        }
    }

    private static byte[] fontBytes(String name) {
        try (InputStream in = MinutesPdf.class.getResourceAsStream(FONT_FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(FONT_FOLDER + name + " is missing from the class path");
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
                        new Phrase(text("pdf.draftMark"), font(Font.NORMAL, 130, new Color(0xb0, 0x00, 0x00))),
                        page.getWidth() / 2, page.getHeight() / 2, 45, direction, ARABIC_OPTIONS);
                canvas.restoreState();
            }
            String foot = text("pdf.foot", meeting.getTitle(), minutes.getRevision(), stateLabel(),
                    DATE_TIME.format(printedAt.atZone(ZoneOffset.UTC)), writer.getPageNumber());
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(foot, font(Font.NORMAL, 7.5f, GREY)), page.getWidth() / 2, 32, 0, direction,
                    ARABIC_OPTIONS);
        }
    }
}
