package org.dialogue.meetings.domain.invitation;

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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.organisation.Person;

/**
 * A person invited to a meeting, and their reply. It is its own record (not part of the meeting) so that a reply
 * never collides with the secretariat editing the meeting; two replies to the same invitation are told apart by its
 * version.
 */
@Entity
@Table(name = "invitation")
public class Invitation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvitationStatus status = InvitationStatus.PENDING;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    @Column(name = "invited_by", nullable = false, updatable = false, length = 60)
    private String invitedBy;

    @Column(name = "responded_at")
    private Instant respondedAt;

    /** The user name of the delegate who replied, or a fixed marker for a reply from the e-mail link. */
    @Column(name = "responded_by", length = 100)
    private String respondedBy;

    protected Invitation() {
        // for JPA
    }

    public Invitation(Meeting meeting, Person person, String invitedBy, Instant invitedAt) {
        this.meeting = Objects.requireNonNull(meeting);
        this.person = Objects.requireNonNull(person);
        this.invitedBy = Objects.requireNonNull(invitedBy);
        this.invitedAt = Objects.requireNonNull(invitedAt);
    }

    /** Records a reply; a later reply replaces an earlier one (people change their plans). */
    public void reply(InvitationStatus answer, String by, Instant at) {
        if (answer == null || answer == InvitationStatus.PENDING) {
            throw new IllegalArgumentException("A reply accepts, declines or is tentative");
        }
        this.status = answer;
        this.respondedBy = by;
        this.respondedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getPerson() {
        return person;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public String getRespondedBy() {
        return respondedBy;
    }
}
