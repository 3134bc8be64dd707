package org.dialogue.meetings.domain.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.dialogue.meetings.domain.organisation.Organisation;

/**
 * One organisation's answer in one round: created as pending when the minutes are circulated, answered once by one of
 * the organisation's delegates (or, at the deadline of a round without objection, approved by silence). The
 * secretariat may reply to a comment.
 */
@Entity
@Table(name = "round_answer")
public class RoundAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Answer answer = Answer.PENDING;

    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "comment_text", length = 4000)
    private String comment;

    /** The agenda item a comment is about, if any. */
    @Column(name = "agenda_item_id")
    private Long agendaItemId;

    @Column(name = "reply_text", length = 4000)
    private String reply;

    @Column(name = "replied_by", length = 60)
    private String repliedBy;

    @Column(name = "replied_at")
    private Instant repliedAt;

    protected RoundAnswer() {
        // for JPA
    }

    RoundAnswer(Organisation organisation) {
        this.organisation = organisation;
    }

    void approve(String by, Instant at) {
        requirePending();
        this.answer = Answer.APPROVED;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    void comment(String by, Instant at, String text, Long agendaItemId) {
        requirePending();
        this.answer = Answer.COMMENTED;
        this.answeredBy = by;
        this.answeredAt = at;
        this.comment = text;
        this.agendaItemId = agendaItemId;
    }

    void approveBySilence(Instant at) {
        if (answer == Answer.PENDING) {
            this.answer = Answer.APPROVED_BY_SILENCE;
            this.answeredAt = at;
        }
    }

    void replyToComment(String by, Instant at, String text) {
        this.reply = text;
        this.repliedBy = by;
        this.repliedAt = at;
    }

    private void requirePending() {
        if (answer != Answer.PENDING) {
            throw MinutesRuleException.alreadyAnswered(organisation.getAcronym(),
                    answeredBy == null ? "-" : answeredBy);
        }
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Answer getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getComment() {
        return comment;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public String getReply() {
        return reply;
    }

    public String getRepliedBy() {
        return repliedBy;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }
}
