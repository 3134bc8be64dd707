package org.dialogue.meetings.domain.organisation;


import java.io.Serializable;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dialogue.meetings.domain.shared.Text;

/**
 * A police organisation. Facts unknown to the secretariat stay empty rather than guessed: most fields are optional.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.FIND_ALL, query = "select o from Organisation o order by o.acronym")
@NamedQuery(name = Organisation.FIND_BY_ACRONYM, query = "select o from Organisation o where o.acronym = :acronym")
public class Organisation implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "Organisation.findAll";
    public static final String FIND_BY_ACRONYM = "Organisation.findByAcronym";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{organisation.acronym.required}")
    @Size(max = 20, message = "{organisation.acronym.size}")
    @Pattern(regexp = "[A-Z0-9][A-Z0-9\\-]*", message = "{organisation.acronym.pattern}")
    @Column(nullable = false, unique = true, length = 20)
    private String acronym;

    @NotBlank(message = "{organisation.name.required}")
    @Size(max = 200, message = "{organisation.name.size}")
    @Column(nullable = false, length = 200)
    private String name;

    @NotNull(message = "{organisation.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationKind kind;

    @Min(value = 1800, message = "{organisation.foundedYear.range}")
    @Max(value = 2100, message = "{organisation.foundedYear.range}")
    @Column(name = "founded_year")
    private Integer foundedYear;

    @Size(max = 100, message = "{organisation.headquarters.size}")
    @Column(length = 100)
    private String headquarters;

    @PositiveOrZero(message = "{organisation.memberCount.positive}")
    @Column(name = "member_count")
    private Integer memberCount;

    @PositiveOrZero(message = "{organisation.observerCount.positive}")
    @Column(name = "observer_count")
    private Integer observerCount;

    @Size(max = 300, message = "{organisation.motto.size}")
    @Column(length = 300)
    private String motto;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String acronym, String name, OrganisationKind kind) {
        rename(acronym, name, kind);
    }

    /** Changes the identifying facts. The acronym is kept in capitals so that "Europol" and "EUROPOL" are one. */
    public final void rename(String acronym, String name, OrganisationKind kind) {
        this.acronym = normaliseAcronym(acronym);
        this.name = Text.trimToNull(name);
        this.kind = kind;
    }

    /** The form an acronym is stored in: trimmed, in capitals, {@code null} when blank. */
    public static String normaliseAcronym(String acronym) {
        String trimmed = Text.trimToNull(acronym);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }

    /** A sorted, unmodifiable copy: the order in which organisations are listed everywhere. */
    public static List<Organisation> inAcronymOrder(Collection<Organisation> organisations) {
        return organisations.stream().sorted(Comparator.comparing(Organisation::getAcronym)).toList();
    }

    /** Records the descriptive facts; {@code null} means "not known". */
    public void describe(Integer foundedYear, String headquarters, Integer memberCount, Integer observerCount,
            String motto) {
        this.foundedYear = foundedYear;
        this.headquarters = Text.trimToNull(headquarters);
        this.memberCount = memberCount;
        this.observerCount = observerCount;
        this.motto = Text.trimToNull(motto);
    }

    /** The facts an audit entry compares before and after a change. */
    public java.util.Map<String, String> auditFields() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("acronym", acronym);
        fields.put("name", name);
        fields.put("kind", String.valueOf(kind));
        fields.put("foundedYear", foundedYear == null ? "" : String.valueOf(foundedYear));
        fields.put("headquarters", headquarters == null ? "" : headquarters);
        fields.put("memberCount", memberCount == null ? "" : String.valueOf(memberCount));
        fields.put("observerCount", observerCount == null ? "" : String.valueOf(observerCount));
        fields.put("motto", motto == null ? "" : motto);
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public Integer getFoundedYear() {
        return foundedYear;
    }

    public String getHeadquarters() {
        return headquarters;
    }

    public Integer getMemberCount() {
        return memberCount;
    }

    public Integer getObserverCount() {
        return observerCount;
    }

    public String getMotto() {
        return motto;
    }

    /** Organisations are the same when their acronym is: it is unique and what people use. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Organisation other && acronym != null && acronym.equals(other.acronym));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(acronym);
    }

    @Override
    public String toString() {
        return acronym;
    }
}
