package org.dialogue.meetings.domain.agreement;


import java.io.Serializable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.shared.Text;

/** A cooperation agreement between two or more organisations. */
@Entity
@Table(name = "cooperation_agreement")
// Lists show parties and scopes: parties fetched with the agreements, scopes batch-read in one more query.
@NamedQuery(name = CooperationAgreement.FIND_ALL,
        query = "select distinct a from CooperationAgreement a left join fetch a.parties order by a.title",
        hints = @QueryHint(name = "eclipselink.batch", value = "a.scopes"))
@NamedQuery(name = CooperationAgreement.FIND_BY_PARTY,
        query = "select distinct a from CooperationAgreement a join a.parties p left join fetch a.parties"
                + " where p.id = :organisationId order by a.title")
public class CooperationAgreement implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "CooperationAgreement.findAll";
    public static final String FIND_BY_PARTY = "CooperationAgreement.findByParty";
    public static final int MINIMUM_PARTIES = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{agreement.title.required}")
    @Size(max = 300, message = "{agreement.title.size}")
    @Column(nullable = false, length = 300)
    private String title;

    @ManyToMany
    @JoinTable(name = "agreement_party",
            joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderBy("acronym")
    private Set<Organisation> parties = new LinkedHashSet<>();

    @NotNull(message = "{agreement.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementKind kind;

    @ElementCollection
    @CollectionTable(name = "agreement_scope", joinColumns = @JoinColumn(name = "agreement_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "scope", length = 40, nullable = false)
    private Set<AgreementScope> scopes = EnumSet.noneOf(AgreementScope.class);

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @NotNull(message = "{agreement.status.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status = AgreementStatus.DRAFT;

    @Size(max = 4000, message = "{agreement.summary.size}")
    @Column(length = 4000)
    private String summary;

    protected CooperationAgreement() {
        // for JPA
    }

    public CooperationAgreement(String title, AgreementKind kind, Collection<Organisation> parties) {
        revise(title, kind, parties, EnumSet.noneOf(AgreementScope.class), null, AgreementStatus.DRAFT, null);
    }

    /** Replaces the terms of the agreement, checking that it still binds at least two organisations. */
    public final void revise(String title, AgreementKind kind, Collection<Organisation> parties,
            Collection<AgreementScope> scopes, LocalDate signedOn, AgreementStatus status, String summary) {
        Set<Organisation> distinctParties = new LinkedHashSet<>(parties);
        if (distinctParties.size() < MINIMUM_PARTIES) {
            throw new TooFewPartiesException(distinctParties.size());
        }
        this.title = Text.trimToNull(title);
        this.kind = kind;
        this.parties.clear();
        this.parties.addAll(distinctParties);
        this.scopes.clear();
        this.scopes.addAll(scopes);
        this.signedOn = signedOn;
        this.status = status;
        this.summary = Text.trimToNull(summary);
    }

    /** The facts an audit entry compares before and after a change. */
    public java.util.Map<String, String> auditFields() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", title);
        fields.put("kind", String.valueOf(kind));
        fields.put("status", String.valueOf(status));
        fields.put("signedOn", signedOn == null ? "" : signedOn.toString());
        fields.put("parties", getParties().stream().map(Organisation::getAcronym)
                .collect(java.util.stream.Collectors.joining(", ")));
        fields.put("scopes", getScopes().stream().map(String::valueOf).sorted()
                .collect(java.util.stream.Collectors.joining(", ")));
        fields.put("summary", summary == null ? "" : summary);
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    /** In acronym order, whether the set was just loaded or came from the cache. */
    public List<Organisation> getParties() {
        return Organisation.inAcronymOrder(parties);
    }

    public AgreementKind getKind() {
        return kind;
    }

    public Set<AgreementScope> getScopes() {
        return scopes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(scopes));
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public String getSummary() {
        return summary;
    }

    @Override
    public String toString() {
        return title;
    }
}
