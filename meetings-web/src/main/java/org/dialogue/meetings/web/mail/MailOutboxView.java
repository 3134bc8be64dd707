package org.dialogue.meetings.web.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dialogue.meetings.application.MailOverview;
import org.dialogue.meetings.application.MailService;
import org.dialogue.meetings.domain.mail.MailStatus;
import org.dialogue.meetings.domain.mail.OutboxMail;
import org.dialogue.meetings.web.support.Feedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The mail page of the secretariat and the administrators: whether a mail server is configured, how many mails are
 * waiting, sent, failed or not sent (no address, no server), and the outbox itself, newest first, filtered by status,
 * with "send again" on a failed mail or one recorded while no server was configured.
 */
@Named
@ViewScoped
public class MailOutboxView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "mailForm";

    @Inject
    private MailService mail;

    @Inject
    private Feedback feedback;

    private MailStatus status;
    private MailOverview overview;

    private final LazyDataModel<OutboxMail> mails = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(mail.count(status));
        }

        @Override
        public List<OutboxMail> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            // PrimeFaces counts only while the model's row count is 0: count again for a changed filter.
            setRowCount(count(filterBy));
            return mail.search(status, first, pageSize);
        }

        @Override
        public String getRowKey(OutboxMail row) {
            return String.valueOf(row.getId());
        }
    };

    public MailOverview getOverview() {
        if (overview == null) {
            overview = mail.overview();
        }
        return overview;
    }

    /** Makes the mail due again; the sender takes it within half a minute. */
    public void retry(long id) {
        feedback.attempt(FORM, () -> mail.retry(id)).ifPresent(again -> {
            overview = null;
            if (again.getStatus() == MailStatus.DUE) {
                feedback.info("mail.retried", again.getRecipientAddress());
            }
        });
    }

    /** Reads the counts again (the table reloads itself). */
    public void refresh() {
        overview = null;
    }

    /** "7, 1": the days before a meeting that reminders go out. */
    public String getReminderDays() {
        return getOverview().reminderDays().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public List<MailStatus> getStatuses() {
        return List.of(MailStatus.values());
    }

    public LazyDataModel<OutboxMail> getMails() {
        return mails;
    }

    public MailStatus getStatus() {
        return status;
    }

    public void setStatus(MailStatus status) {
        this.status = status;
    }
}
