package org.dialogue.meetings.domain.edition;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.dialogue.meetings.domain.shared.Text;

/**
 * One priority axis set by an edition. An entity (not a plain string) because decisions and follow-up actions will
 * refer to it by id.
 */
@Entity
@Table(name = "priority_axis")
public class PriorityAxis implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @NotBlank(message = "{priorityAxis.title.required}")
    @Size(max = 300, message = "{priorityAxis.title.size}")
    @Column(nullable = false, length = 300)
    private String title;

    protected PriorityAxis() {
        // for JPA
    }

    PriorityAxis(String title) {
        rename(title);
    }

    final void rename(String title) {
        this.title = Text.trimToNull(title);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    @Override
    public String toString() {
        return title;
    }
}
