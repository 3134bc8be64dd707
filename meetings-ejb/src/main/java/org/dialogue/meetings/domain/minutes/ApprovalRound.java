package org.dialogue.meetings.domain.minutes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.organisation.Organisation;

/** One round of circulation of the minutes, numbered from 1, with a deadline and one answer per organisation. */
@Entity
@Table(name = "approval_round")
public class ApprovalRound implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private int number;

    @Column(name = "circulated_at", nullable = false)
    private Instant circulatedAt;

    @Column(name = "circulated_by", nullable = false, length = 60)
    private String circulatedBy;

    @Column(nullable = false)
    private Instant deadline;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private RoundOutcome outcome;

    /** Why the secretariat withdrew the text (outcome REVISED). */
    @Column(name = "revision_reason", length = 2000)
    private String revisionReason;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "round_id")
    @OrderBy("id")
    private List<RoundAnswer> answers = new ArrayList<>();

    protected ApprovalRound() {
        // for JPA
    }

    ApprovalRound(int number, String by, Instant at, Instant deadline, Collection<Organisation> answering) {
        this.number = number;
        this.circulatedBy = by;
        this.circulatedAt = at;
        this.deadline = deadline;
        answering.forEach(organisation -> answers.add(new RoundAnswer(organisation)));
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public boolean isDue(Instant now) {
        return isOpen() && !now.isBefore(deadline);
    }

    boolean everyoneApproved() {
        return answers.stream().allMatch(a -> a.getAnswer() == Answer.APPROVED);
    }

    boolean hasComments() {
        return answers.stream().anyMatch(a -> a.getAnswer() == Answer.COMMENTED);
    }

    RoundAnswer answerOf(long organisationId) {
        return answers.stream().filter(a -> a.getOrganisation().getId() == organisationId).findFirst()
                .orElse(null);
    }

    Optional<RoundAnswer> answer(long answerId) {
        return answers.stream().filter(a -> a.getId() != null && a.getId() == answerId).findFirst();
    }

    void close(RoundOutcome outcome, Instant at) {
        this.outcome = outcome;
        this.closedAt = at;
    }

    /** The deadline passed without objection: every organisation that stayed silent approved by silence. */
    void closeBySilence(Instant at) {
        answers.forEach(a -> a.approveBySilence(at));
        close(RoundOutcome.APPROVED_BY_SILENCE, at);
    }

    void withdraw(String reason, Instant at) {
        this.revisionReason = reason;
        close(RoundOutcome.REVISED, at);
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public Instant getCirculatedAt() {
        return circulatedAt;
    }

    public String getCirculatedBy() {
        return circulatedBy;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public RoundOutcome getOutcome() {
        return outcome;
    }

    public String getRevisionReason() {
        return revisionReason;
    }

    public List<RoundAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }
}
