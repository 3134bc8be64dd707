package org.dialogue.meetings.domain.mail;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One mail of the outbox: what it says and to whom, and where its sending stands. It is written in the transaction
 * that makes it due, under a key that says what it is about ({@link #getDedupKey()}), unique, so that the same notice
 * is never queued twice. Sending it is claimed first (see {@code OutboxRepository.claim}), so that it is sent by one
 * sender only; a claim that is not released (a crash) expires.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = OutboxMail.COUNT_BY_KEY, query = "select count(m) from OutboxMail m where m.dedupKey = :key")
@NamedQuery(name = OutboxMail.DUE, query = "select m.id from OutboxMail m where m.status = :due"
        + " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)"
        + " order by m.nextAttemptAt, m.id")
@Cacheable(false) // read from the database each time: another server may have claimed or sent it meanwhile
public class OutboxMail implements Serializable {

    public static final String COUNT_BY_KEY = "OutboxMail.countByKey";
    public static final String DUE = "OutboxMail.due";
    /**
     * The claim: one conditional UPDATE, which only one of two senders can win (the loser's matches no row, once the
     * winner's has committed). Native SQL so that the times are bound as {@code TIMESTAMP WITH TIME ZONE} values on
     * every database.
     */
    public static final String CLAIM_SQL = "UPDATE mail_outbox SET claimed_by = ?1, claimed_until = ?2,"
            + " version = version + 1 WHERE id = ?3 AND status = 'DUE'"
            + " AND (claimed_until IS NULL OR claimed_until < ?4)";

    private static final long serialVersionUID = 1L;
    private static final int ERROR_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "dedup_key", nullable = false, updatable = false, length = 200)
    private String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private MailKind kind;

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "recipient_name", updatable = false, length = 200)
    private String recipientName;

    @Column(name = "recipient_address", updatable = false, length = 254)
    private String recipientAddress;

    @Column(nullable = false, updatable = false, length = 500)
    private String subject;

    @Column(nullable = false, updatable = false, length = 20000)
    private String body;

    @Column(name = "attachment_ics", updatable = false, length = 200000)
    private String attachmentIcs;

    @Column(name = "attachment_method", updatable = false, length = 10)
    private String attachmentMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
        // for JPA
    }

    /**
     * A mail to a person about a meeting. Without an address it is recorded as {@link MailStatus#NO_ADDRESS}, and
     * without a mail server as {@link MailStatus#NO_SERVER}: neither is ever sent, both show on the mail page.
     */
    public OutboxMail(String dedupKey, MailKind kind, Long meetingId, Long personId, String recipientName,
            String recipientAddress, String subject, String body, CalendarAttachment attachment, boolean serverKnown,
            Instant now) {
        this.dedupKey = Objects.requireNonNull(dedupKey, "dedupKey");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.meetingId = meetingId;
        this.personId = personId;
        this.recipientName = recipientName;
        this.recipientAddress = recipientAddress == null || recipientAddress.isBlank() ? null : recipientAddress;
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        if (attachment != null) {
            this.attachmentIcs = attachment.ics();
            this.attachmentMethod = attachment.method();
        }
        this.queuedAt = Objects.requireNonNull(now, "now");
        this.dueAt = now;
        if (this.recipientAddress == null) {
            this.status = MailStatus.NO_ADDRESS;
        } else if (!serverKnown) {
            this.status = MailStatus.NO_SERVER;
        } else {
            this.status = MailStatus.DUE;
            this.nextAttemptAt = now;
        }
    }

    /** Sent by the holder of the claim: the row is done and will never be sent again. */
    public void sent(Instant at) {
        this.status = MailStatus.SENT;
        this.sentAt = at;
        this.attempts++;
        this.nextAttemptAt = null;
        this.lastError = null;
        releaseClaim();
    }

    /** The attempt failed: tried again later, or given up ({@link MailStatus#FAILED}) after the last attempt. */
    public void failed(String error, Instant at, RetryPolicy policy) {
        this.attempts++;
        this.lastError = error == null ? "?" : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        Optional<Instant> next = policy.nextAttempt(attempts, at);
        this.nextAttemptAt = next.orElse(null);
        this.status = next.isPresent() ? MailStatus.DUE : MailStatus.FAILED;
        releaseClaim();
    }

    /** A failed mail, or one queued while no server was configured, is made due again (the secretariat's retry). */
    public boolean retry(Instant at) {
        if (!isRetryable()) {
            return false;
        }
        this.status = MailStatus.DUE;
        this.attempts = 0;
        this.nextAttemptAt = at;
        releaseClaim();
        return true;
    }

    public boolean isRetryable() {
        return status == MailStatus.FAILED || status == MailStatus.NO_SERVER;
    }

    public boolean isClaimedBy(String claim) {
        return claim != null && claim.equals(claimedBy);
    }

    private void releaseClaim() {
        this.claimedBy = null;
        this.claimedUntil = null;
    }

    public Optional<CalendarAttachment> getAttachment() {
        return attachmentIcs == null ? Optional.empty()
                : Optional.of(new CalendarAttachment(attachmentIcs, attachmentMethod));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public MailKind getKind() {
        return kind;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getRecipientAddress() {
        return recipientAddress;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getAttachmentMethod() {
        return attachmentMethod;
    }

    public MailStatus getStatus() {
        return status;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    @Override
    public String toString() {
        return dedupKey + " (" + status + ")";
    }
}
