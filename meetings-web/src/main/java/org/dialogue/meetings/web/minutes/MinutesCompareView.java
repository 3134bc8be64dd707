package org.dialogue.meetings.web.minutes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.dialogue.meetings.application.MinutesService;
import org.dialogue.meetings.application.VersionComparison;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.infrastructure.persistence.VersionSummary;
import org.dialogue.meetings.web.support.Feedback;

/**
 * Two saved versions of a draft side by side ({@code minutes/compare.xhtml?id=&older=&newer=}, bookmarkable), the
 * changed words marked. The secretariat's page: the service keeps the saved versions to the secretariat.
 */
@Named
@ViewScoped
public class MinutesCompareView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "compareForm";

    @Inject
    private MinutesService minutesService;

    @Inject
    private Feedback feedback;

    private Long id;
    private Integer older;
    private Integer newer;
    private Minutes minutes;
    private List<VersionSummary> versions = List.of();
    private VersionComparison comparison;

    public void load() {
        minutes = id == null ? null : minutesService.find(id).orElse(null);
        if (minutes == null) {
            return;
        }
        versions = minutesService.versions(id);
        if (newer == null && !versions.isEmpty()) {
            newer = versions.get(0).number();
        }
        if (older == null && versions.size() > 1) {
            older = versions.get(1).number();
        }
        compare();
    }

    /** Compares the two versions chosen; the older one is shown on the left whichever way they were picked. */
    public void compare() {
        comparison = null;
        if (older == null || newer == null) {
            return;
        }
        int left = Math.min(older, newer);
        int right = Math.max(older, newer);
        feedback.attempt(FORM, () -> minutesService.compare(id, left, right)).ifPresent(c -> comparison = c);
    }

    public Minutes getMinutes() {
        return minutes;
    }

    public List<VersionSummary> getVersions() {
        return versions;
    }

    public VersionComparison getComparison() {
        return comparison;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getOlder() {
        return older;
    }

    public void setOlder(Integer older) {
        this.older = older;
    }

    public Integer getNewer() {
        return newer;
    }

    public void setNewer(Integer newer) {
        this.newer = newer;
    }
}
