package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.agreement.AgreementKind;
import org.dialogue.meetings.domain.agreement.AgreementStatus;
import org.dialogue.meetings.domain.audit.AuditEntry;
import org.dialogue.meetings.domain.audit.AuditSearch;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.meeting.Classification;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.meeting.MeetingSearch;
import org.dialogue.meetings.domain.meeting.ParticipantRole;
import org.dialogue.meetings.testing.Caller;
import org.dialogue.meetings.testing.ContainerTest;
import org.dialogue.meetings.testing.QuietContainerLog;
import org.dialogue.meetings.testing.ServiceClasses;
import org.dialogue.meetings.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The role × action matrix of the issue, in the container: every public method of every service against every role
 * and an anonymous caller, with the expected answer of each cell written down in {@link #RULES}; then need-to-know per
 * organisation on every read path, for a delegate and an observer of an organisation that takes part in some meetings
 * and not in others (and for the administrator and the secretariat); then forged changes by roles that may only read.
 *
 * <p>A cell is "denied" when the call throws {@link EJBAccessException}, "allowed" when it gets past the security
 * check, whatever happens next (a business exception for an id that does not exist is an allowed call). The calls
 * use ids that do not exist and empty arguments, so an allowed cell changes nothing.
 */
@ContainerTest
class AccessMatrixIT {

    /** No record has a negative id. */
    private static final long NO_SUCH_ID = -1L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Who may call a method; anonymous callers only where the method is open to everyone. */
    private record Rule(boolean anonymous, Set<Role> roles) {
        boolean allows(Role caller) {
            return caller == null ? anonymous : roles.contains(caller);
        }

        @Override
        public String toString() {
            return anonymous ? "anyone" : roles.toString();
        }
    }

    private static final Rule ANYONE = new Rule(true, EnumSet.allOf(Role.class));
    private static final Rule SIGNED_IN = new Rule(false, EnumSet.allOf(Role.class));
    private static final Rule ADMINISTRATOR = new Rule(false, EnumSet.of(Role.ADMINISTRATOR));
    private static final Rule SECRETARIAT = new Rule(false, EnumSet.of(Role.SECRETARIAT));
    private static final Rule DELEGATE = new Rule(false, EnumSet.of(Role.DELEGATE));
    private static final Rule SECRETARIAT_OR_DELEGATE = new Rule(false, EnumSet.of(Role.SECRETARIAT, Role.DELEGATE));
    private static final Rule SECRETARIAT_OR_ADMINISTRATOR = new Rule(false,
            EnumSet.of(Role.SECRETARIAT, Role.ADMINISTRATOR));
    private static final Rule ADMINISTRATOR_OR_SECRETARIAT = new Rule(false,
            EnumSet.of(Role.ADMINISTRATOR, Role.SECRETARIAT));
    private static final Rule ALL_BUT_OBSERVER = new Rule(false,
            EnumSet.of(Role.ADMINISTRATOR, Role.SECRETARIAT, Role.DELEGATE));

    /** The expected rule of every public service method: a method missing here fails the test. */
    private static final Map<String, Rule> RULES = rules(
            // accounts: signing in is the one open door; one's own account for every role; the rest is admin's
            "AccountService.signIn(String, String)", ANYONE,
            "AccountService.signedOut()", SIGNED_IN,
            "AccountService.me()", SIGNED_IN,
            "AccountService.changeOwnPassword(String, String)", SIGNED_IN,
            "AccountService.search(UserSearch, int, int)", ADMINISTRATOR,
            "AccountService.count(UserSearch)", ADMINISTRATOR,
            "AccountService.find(long)", ADMINISTRATOR,
            "AccountService.findSelectable()", SECRETARIAT,
            "AccountService.create(NewUserDetails)", ADMINISTRATOR,
            "AccountService.update(long, long, String, Role, Long)", ADMINISTRATOR,
            "AccountService.disable(long, long)", ADMINISTRATOR,
            "AccountService.enable(long, long)", ADMINISTRATOR,
            "AccountService.resetPassword(long, long)", ADMINISTRATOR,
            // the audit trail: administrators read it; nobody changes it
            "AuditService.search(AuditSearch, int, int)", ADMINISTRATOR,
            "AuditService.count(AuditSearch)", ADMINISTRATOR,
            // meetings: everyone signed in reads (need-to-know applies inside); the secretariat changes
            "MeetingService.find(long)", SIGNED_IN,
            "MeetingService.search(MeetingSearch, int, int)", SIGNED_IN,
            "MeetingService.count(MeetingSearch)", SIGNED_IN,
            "MeetingService.findUpcoming(int)", SIGNED_IN,
            "MeetingService.findByEdition(long)", SIGNED_IN,
            "MeetingService.findByOrganisation(long)", SIGNED_IN,
            "MeetingService.findByAgreement(long)", SIGNED_IN,
            "MeetingService.schedule(MeetingDetails)", SECRETARIAT,
            "MeetingService.update(long, long, MeetingDetails)", SECRETARIAT,
            "MeetingService.cancel(long, long)", SECRETARIAT,
            "MeetingService.addAgendaItem(long, long, AgendaItemDetails)", SECRETARIAT,
            "MeetingService.reviseAgendaItem(long, long, long, AgendaItemDetails)", SECRETARIAT,
            "MeetingService.removeAgendaItem(long, long, long)", SECRETARIAT,
            "MeetingService.moveAgendaItem(long, long, long, int)", SECRETARIAT,
            "MeetingService.addParticipant(long, long, ParticipantDetails)", SECRETARIAT,
            "MeetingService.removeParticipant(long, long, long)", SECRETARIAT,
            // who is on a confidential meeting's access list: the secretariat's business only (issue 14)
            "MeetingService.accessList(long)", SECRETARIAT,
            // editions: everyone signed in reads; the secretariat changes
            "EditionService.findAll()", SIGNED_IN,
            "EditionService.find(long)", SIGNED_IN,
            "EditionService.nextNumber()", SIGNED_IN,
            "EditionService.findByNumber(int)", SIGNED_IN,
            "EditionService.findLatestWithPriorities()", SIGNED_IN,
            "EditionService.schedule(EditionDetails)", SECRETARIAT,
            "EditionService.update(long, long, EditionDetails)", SECRETARIAT,
            "EditionService.markHeld(long, long)", SECRETARIAT,
            "EditionService.cancel(long, long)", SECRETARIAT,
            "EditionService.addPriorityAxis(long, long, String)", SECRETARIAT,
            "EditionService.renamePriorityAxis(long, long, long, String)", SECRETARIAT,
            "EditionService.removePriorityAxis(long, long, long)", SECRETARIAT,
            "EditionService.movePriorityAxis(long, long, long, int)", SECRETARIAT,
            // reference data: everyone signed in reads; the administrator changes
            "OrganisationService.findAll()", SIGNED_IN,
            "OrganisationService.find(long)", SIGNED_IN,
            "OrganisationService.findByAcronym(String)", SIGNED_IN,
            "OrganisationService.register(OrganisationDetails)", ADMINISTRATOR,
            "OrganisationService.update(long, long, OrganisationDetails)", ADMINISTRATOR_OR_SECRETARIAT,
            "AgreementService.findAll()", SIGNED_IN,
            "AgreementService.find(long)", SIGNED_IN,
            "AgreementService.findByParty(long)", SIGNED_IN,
            "AgreementService.register(AgreementDetails)", ADMINISTRATOR,
            "AgreementService.update(long, long, AgreementDetails)", ADMINISTRATOR,
            // minutes: everyone signed in reads (need-to-know inside); the secretariat writes; delegates answer
            "MinutesService.find(long)", SIGNED_IN,
            "MinutesService.ofMeeting(long)", SIGNED_IN,
            "MinutesService.actions(long)", SIGNED_IN,
            "MinutesService.mattersArising(long, int, int)", SIGNED_IN,
            "MinutesService.canonicalText(long)", SIGNED_IN,
            "MinutesService.versions(long)", SECRETARIAT,
            "MinutesService.compare(long, int, int)", SECRETARIAT,
            "MinutesService.open(long)", SECRETARIAT,
            "MinutesService.saveDraft(long, long, MinutesDraft)", SECRETARIAT,
            "MinutesService.circulate(long, long, Instant)", SECRETARIAT,
            "MinutesService.revise(long, long, String)", SECRETARIAT,
            "MinutesService.reply(long, long, long, String)", SECRETARIAT,
            "MinutesService.correct(long, String)", SECRETARIAT,
            "MinutesService.closeDueRounds()", SECRETARIAT,
            "MinutesService.approve(long, int)", DELEGATE,
            "MinutesService.approve(long, int, long)", DELEGATE,
            "MinutesService.comment(long, int, String, Long)", DELEGATE,
            "MinutesService.comment(long, int, String, Long, long)", DELEGATE,
            // actions: everyone signed in reads; the secretariat or a delegate of the owner follows them up
            "ActionService.search(ActionSearch, int, int)", SIGNED_IN,
            "ActionService.count(ActionSearch)", SIGNED_IN,
            "ActionService.countForList(ActionSearch)", SIGNED_IN,
            "ActionService.find(long)", SIGNED_IN,
            "ActionService.today()", SIGNED_IN,
            "ActionService.updateStatus(long, long, ActionStatus, String)", SECRETARIAT_OR_DELEGATE,
            // the priority axes register: everyone signed in reads; the secretariat, or a delegate for their own
            // organisation, records progress; action completion for the dashboard (need-to-know inside)
            "PriorityRegisterService.registerOfEdition(long)", SIGNED_IN,
            "PriorityRegisterService.registerOfAxis(long)", SIGNED_IN,
            "PriorityRegisterService.editionOfAxis(long)", SIGNED_IN,
            "PriorityRegisterService.decisionsOfAxis(long)", SIGNED_IN,
            "PriorityRegisterService.setStatus(long, long, int, Long, ProgressStatus, String)",
            SECRETARIAT_OR_DELEGATE,
            "ActionCompletionService.dashboard(int)", SIGNED_IN,
            // search: everyone signed in searches (need-to-know inside the query)
            "SearchService.search(SearchQuery, int, int, long)", SIGNED_IN,
            "SearchService.count(SearchQuery)", SIGNED_IN,
            "MinutesService.pdf(long, Locale)", SIGNED_IN,
            // calendar files: a download for everyone signed in (need-to-know inside); one's own feed address; the
            // feed itself is read by calendar applications, without signing in: its secret token is the credential
            "CalendarService.meetingFile(long)", SIGNED_IN,
            "CalendarService.feedIssuedAt()", SIGNED_IN,
            "CalendarService.renewFeed()", SIGNED_IN,
            "CalendarService.feed(String)", ANYONE,
            // the mail outbox: the secretariat and the administrators read it and send a failed mail again
            "MailService.overview()", SECRETARIAT_OR_ADMINISTRATOR,
            "MailService.search(MailStatus, int, int)", SECRETARIAT_OR_ADMINISTRATOR,
            "MailService.count(MailStatus)", SECRETARIAT_OR_ADMINISTRATOR,
            "MailService.retry(long)", SECRETARIAT_OR_ADMINISTRATOR,
            // one's own time zone (issue 7): every signed-in user, for their own account only
            "AccountService.adoptBrowserTimeZone(String)", SIGNED_IN,
            "AccountService.changeOwnTimeZone(long, String)", SIGNED_IN,
            // invitations: everyone signed in reads (need-to-know inside); the secretariat invites and records
            // attendance; a delegate replies for their own organisation's people; the e-mail's reply link is open
            // to anyone, its signed token being the credential
            "InvitationService.ofMeeting(long)", SIGNED_IN,
            "InvitationService.attendanceOf(long)", SIGNED_IN,
            "InvitationService.peopleOf(long)", SECRETARIAT,
            "InvitationService.inviteOrganisation(long, long)", SECRETARIAT,
            "InvitationService.invitePerson(long, long)", SECRETARIAT,
            "InvitationService.reply(long, long, InvitationStatus)", SECRETARIAT_OR_DELEGATE,
            "InvitationService.recordAttendance(long, long, AttendanceStatus, AttendanceStatus)", SECRETARIAT,
            "InvitationService.findByToken(String)", ANYONE,
            "InvitationService.replyByToken(String, InvitationStatus)", ANYONE,
            // people: everyone signed in reads names (contact details as PersonEntry says); the secretariat and
            // administrators maintain all, a delegate their own organisation's (checked inside); admins link accounts
            "PersonService.findByOrganisation(long)", SIGNED_IN,
            "PersonService.find(long)", SIGNED_IN,
            "PersonService.maintains(long)", SIGNED_IN,
            "PersonService.add(long, PersonDetails)", ALL_BUT_OBSERVER,
            "PersonService.update(long, long, PersonDetails)", ALL_BUT_OBSERVER,
            "PersonService.remove(long, long)", ALL_BUT_OBSERVER,
            "PersonService.linkAccount(long, long, Long)", ADMINISTRATOR,
            "PersonService.linkedTo(long)", ADMINISTRATOR,
            // conflicts, the calendar and copies (issue 7): everyone reads the calendar; the secretariat changes
            "MeetingService.findBetween(Instant, Instant, Long, MeetingKind)", SIGNED_IN,
            "MeetingService.update(long, long, MeetingDetails, boolean)", SECRETARIAT,
            "MeetingService.reschedule(long, long, LocalDateTime, LocalDateTime, boolean)", SECRETARIAT,
            "MeetingService.copy(long, LocalDate, Long, boolean)", SECRETARIAT,
            "MeetingService.addPersonAsParticipant(long, long, long, ParticipantRole, boolean)", SECRETARIAT,
            "MeetingService.addParticipant(long, long, ParticipantDetails, boolean)", SECRETARIAT,
            "EditionService.copyToNextNumber(long, boolean)", SECRETARIAT,
            // one's own language (issue 8): every signed-in user, for their own account only
            "AccountService.chooseOwnLanguage(String)", SIGNED_IN,
            // minutes languages and translations (issue 8): the secretariat sets the language and writes, verifies,
            // reopens and removes translations; everyone who may read the minutes reads them (need-to-know inside)
            "MinutesService.open(long, MinutesLanguage)", SECRETARIAT,
            "MinutesService.changeLanguage(long, long, MinutesLanguage)", SECRETARIAT,
            "MinutesTranslationService.ofMinutes(long)", SIGNED_IN,
            "MinutesTranslationService.find(long)", SIGNED_IN,
            "MinutesTranslationService.add(long, MinutesLanguage, String)", SECRETARIAT,
            "MinutesTranslationService.edit(long, long, String)", SECRETARIAT,
            "MinutesTranslationService.verify(long, long)", SECRETARIAT,
            "MinutesTranslationService.reopen(long, long)", SECRETARIAT,
            "MinutesTranslationService.remove(long, long)", SECRETARIAT,
            // signed minutes (issue 14): the signature is read like the minutes (need-to-know inside); the public
            // keys are public, read by anyone who checks a record, signed in or not
            "MinutesService.signature(long)", SIGNED_IN,
            "SigningKeyService.current()", ANYONE,
            "SigningKeyService.published()", ANYONE,
            "SigningKeyService.find(String)", ANYONE,
            // personal access tokens (issue 17): every signed-in user makes, lists and revokes their own (another's
            // answers as unknown, except to an administrator, checked inside); administrators list anyone's; the
            // API's sign-in checks a token before anyone is signed in: the token is the credential
            "AccessTokenService.create(String, AccessTokenScope, LocalDate)", SIGNED_IN,
            "AccessTokenService.mine()", SIGNED_IN,
            "AccessTokenService.revoke(long)", SIGNED_IN,
            "AccessTokenService.ofAccount(long)", ADMINISTRATOR,
            "AccessTokenService.authenticate(String, String)", ANYONE);

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    private TestUsers users;

    @EJB
    private MeetingService meetingService;

    @EJB
    private EditionService editionService;

    @EJB
    private AgreementService agreementService;

    @EJB
    private AuditService auditService;

    @EJB
    private OrganisationService organisationService;

    @BeforeEach
    void accounts() {
        users.ensureAccounts();
    }

    // --- every public service method against every role ---

    @Test
    void everyPublicServiceMethodAnswersEachRoleAsTheTableSays() throws NamingException {
        List<Class<?>> services = ServiceClasses.stateless(ServiceClasses.namesInDeployment());
        assertThat(services).extracting(Class::getSimpleName).contains("AccountService", "AgreementService",
                "AuditService", "EditionService", "MeetingService", "OrganisationService");
        Map<String, Method> methods = new TreeMap<>();
        for (Class<?> service : services) {
            for (Method method : ServiceClasses.publicMethods(service)) {
                methods.put(ServiceClasses.signature(method), method);
            }
        }
        List<String> withoutLine = methods.keySet().stream().filter(signature -> !RULES.containsKey(signature))
                .toList();
        assertThat(withoutLine).as("public service methods without a line in AccessMatrixIT.RULES: write down who"
                + " may call each (and give it @RolesAllowed or @PermitAll)").isEmpty();
        assertThat(RULES.keySet()).as("lines of AccessMatrixIT.RULES for methods that no longer exist")
                .isSubsetOf(methods.keySet());

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        try (QuietContainerLog quiet = new QuietContainerLog()) { // hundreds of refusals on purpose
            for (Map.Entry<String, Method> entry : methods.entrySet()) {
                Method method = entry.getValue();
                Object bean = InitialContext.doLookup("java:module/" + method.getDeclaringClass().getSimpleName());
                Object[] arguments = harmlessArguments(method);
                for (Map.Entry<Role, Caller> caller : users.everyone().entrySet()) {
                    boolean expected = RULES.get(entry.getKey()).allows(caller.getKey());
                    Throwable thrown = null;
                    try {
                        caller.getValue().call(() -> invoke(bean, method, arguments));
                    } catch (Throwable e) { // NOPMD: any outcome other than a refusal means the call got through
                        thrown = e;
                    }
                    boolean allowed = !(thrown instanceof EJBAccessException);
                    if (allowed != expected) {
                        wrong.add(entry.getKey() + " as " + caller.getValue() + ": expected "
                                + (expected ? "allowed" : "denied") + ", was " + (allowed ? "allowed" : "denied")
                                + (thrown == null ? "" : " (" + thrown + ")"));
                    }
                    cells++;
                }
            }
        }
        System.out.println("AccessMatrixIT: role × method matrix: " + cells + " cells checked (" + methods.size()
                + " public service methods × 5 callers: anonymous and the four roles)");
        assertThat(wrong).as("cells that differ from AccessMatrixIT.RULES").isEmpty();
        assertThat(cells).isEqualTo(RULES.size() * (Role.values().length + 1));
    }

    // --- need-to-know per organisation, on every read path ---

    @Test
    void eachReaderFindsListsAndCountsOnlyTheMeetingsTheirOrganisationMaySee() {
        String marker = "Matrix " + unique();
        long afripol = users.organisationId();
        long europol = acronymId("EUROPOL");
        long delegateId = users.account(TestUsers.DELEGATE).getId();
        long administratorId = users.account(TestUsers.ADMINISTRATOR).getId();
        int number = 5_000_000 + ThreadLocalRandom.current().nextInt(1_000_000_000);
        DialogueEdition edition = users.secretariat().call(() -> editionService.schedule(new EditionDetails(number,
                "Edition " + number, 2031, LocalDate.of(2031, 6, 1), LocalDate.of(2031, 6, 30), "Lyon", "France",
                PARIS, Set.of())));
        long agreement = users.administrator().call(() -> agreementService.register(new AgreementDetails(
                marker + " agreement", AgreementKind.OPERATIONAL, Set.of(europol, acronymId("INTERPOL")), Set.of(),
                null, AgreementStatus.IN_FORCE, null))).getId();

        // The meetings, all of the same edition and agreement; AFRIPOL takes part in four of them.
        Map<String, Long> meetings = new LinkedHashMap<>();
        meetings.put("restricted, AFRIPOL co-organises", schedule(details(marker + " 1", 2,
                Classification.RESTRICTED, Set.of(afripol), Set.of(), edition.getId(), agreement)).getId());
        Meeting withParticipant = schedule(details(marker + " 2", 3, Classification.RESTRICTED, Set.of(europol),
                Set.of(), edition.getId(), agreement));
        ParticipantDetails participant = new ParticipantDetails("Amina Haddad", afripol, ParticipantRole.DELEGATE);
        users.secretariat().call(() -> meetingService.addParticipant(withParticipant.getId(),
                withParticipant.getVersion(), participant));
        meetings.put("restricted, an AFRIPOL participant", withParticipant.getId());
        meetings.put("restricted, without AFRIPOL", schedule(details(marker + " 3", 4, Classification.RESTRICTED,
                Set.of(europol), Set.of(), edition.getId(), agreement)).getId());
        meetings.put("open, without AFRIPOL", schedule(details(marker + " 4", 5, Classification.OPEN,
                Set.of(europol), Set.of(), edition.getId(), agreement)).getId());
        meetings.put("confidential, the delegate and the administrator listed", schedule(details(marker + " 5", 6,
                Classification.CONFIDENTIAL, Set.of(afripol), Set.of(delegateId, administratorId), edition.getId(),
                agreement)).getId());
        meetings.put("confidential, nobody listed", schedule(details(marker + " 6", 7, Classification.CONFIDENTIAL,
                Set.of(afripol), Set.of(), edition.getId(), agreement)).getId());
        Set<String> afripolTakesPart = Set.of("restricted, AFRIPOL co-organises", "restricted, an AFRIPOL participant",
                "confidential, the delegate and the administrator listed", "confidential, nobody listed");

        // Who may see which: written down, not computed.
        Map<Role, Set<String>> visible = new LinkedHashMap<>();
        visible.put(Role.SECRETARIAT, meetings.keySet());
        visible.put(Role.ADMINISTRATOR, Set.of("open, without AFRIPOL",
                "confidential, the delegate and the administrator listed"));
        visible.put(Role.DELEGATE, Set.of("restricted, AFRIPOL co-organises", "restricted, an AFRIPOL participant",
                "open, without AFRIPOL", "confidential, the delegate and the administrator listed"));
        visible.put(Role.OBSERVER, Set.of("restricted, AFRIPOL co-organises", "restricted, an AFRIPOL participant",
                "open, without AFRIPOL"));

        Set<Long> ours = new LinkedHashSet<>(meetings.values());
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<Role, Set<String>> entry : visible.entrySet()) {
            Caller reader = users.as(entry.getKey());
            Set<Long> seen = idsOf(meetings, entry.getValue());
            Set<Long> seenWithAfripol = idsOf(meetings, intersection(entry.getValue(), afripolTakesPart));

            // find: a meeting the reader may not see answers exactly like one that does not exist
            Object unknown = reader.call(() -> meetingService.find(NO_SUCH_ID));
            assertThat(unknown).isEqualTo(java.util.Optional.empty());
            for (Map.Entry<String, Long> meeting : meetings.entrySet()) {
                Object found = reader.call(() -> meetingService.find(meeting.getValue()));
                boolean expected = entry.getValue().contains(meeting.getKey());
                if (expected ? found.equals(unknown) : !found.equals(unknown)) {
                    wrong.add(entry.getKey() + " find(" + meeting.getKey() + "): expected "
                            + (expected ? "found" : "same as an unknown id") + ", was " + found);
                }
                cells++;
            }

            // search and count, with and without an organisation filter and a title filter
            Map<String, MeetingSearch> searches = new LinkedHashMap<>();
            searches.put("no filter", search(null, null, null));
            searches.put("AFRIPOL", search(null, afripol, null));
            searches.put("title", search(marker, null, null));
            searches.put("title + AFRIPOL", search(marker, afripol, null));
            searches.put("edition", search(null, null, edition.getId()));
            searches.put("edition + AFRIPOL", search(null, afripol, edition.getId()));
            for (Map.Entry<String, MeetingSearch> search : searches.entrySet()) {
                boolean scoped = search.getValue().titleContains() != null || search.getValue().editionId() != null;
                boolean byAfripol = search.getValue().organisationId() != null;
                Set<Long> expected = byAfripol ? seenWithAfripol : seen;
                List<Long> listed = reader.call(() -> meetingService.search(search.getValue(), 0, Integer.MAX_VALUE))
                        .stream().map(Meeting::getId).toList();
                long count = reader.call(() -> meetingService.count(search.getValue()));
                cells += compare(wrong, entry.getKey() + " search(" + search.getKey() + ")", listed, ours, expected,
                        scoped);
                long expectedCount = scoped ? expected.size() : listed.size();
                if (count != expectedCount) {
                    wrong.add(entry.getKey() + " count(" + search.getKey() + "): expected " + expectedCount + ", was "
                            + count);
                }
                cells++;
            }

            // the other lists
            cells += compare(wrong, entry.getKey() + " findUpcoming", ids(reader.call(
                    () -> meetingService.findUpcoming(Integer.MAX_VALUE))), ours, seen, false);
            cells += compare(wrong, entry.getKey() + " findByEdition", ids(reader.call(
                    () -> meetingService.findByEdition(edition.getId()))), ours, seen, true);
            cells += compare(wrong, entry.getKey() + " findByOrganisation(AFRIPOL)", ids(reader.call(
                    () -> meetingService.findByOrganisation(afripol))), ours, seenWithAfripol, false);
            cells += compare(wrong, entry.getKey() + " findByAgreement", ids(reader.call(
                    () -> meetingService.findByAgreement(agreement))), ours, seen, true);
        }

        // per reader: 6 finds, 6 searches × (6 meetings + 1 count), 4 other lists × 6 meetings
        int expectedCells = visible.size() * (meetings.size() + 6 * (meetings.size() + 1) + 4 * meetings.size());
        System.out.println("AccessMatrixIT: need-to-know: " + cells + " cells checked (" + visible.size()
                + " readers × " + meetings.size() + " meetings × find, 6 searches with their counts and 4 lists)");
        assertThat(wrong).as("need-to-know cells that differ from the expected visibility").isEmpty();
        assertThat(cells).isEqualTo(expectedCells).isEqualTo(4 * 72);
    }

    // --- forged changes by roles that may only read ---

    @Test
    void noRoleButTheSecretariatChangesAMeetingOrAnEditionAndARefusedChangeLeavesNoTrace() {
        long afripol = users.organisationId();
        String title = "Forgery target " + unique();
        Caller secretariat = users.secretariat();
        Meeting scheduled = schedule(details(title, 8, Classification.OPEN, Set.of(afripol), Set.of(), null, null));
        Meeting withItem = secretariat.call(() -> meetingService.addAgendaItem(scheduled.getId(),
                scheduled.getVersion(), new AgendaItemDetails("Opening", afripol, 20, null)));
        Meeting target = secretariat.call(() -> meetingService.addParticipant(withItem.getId(), withItem.getVersion(),
                new ParticipantDetails("Amina Haddad", afripol, ParticipantRole.DELEGATE)));
        int number = 5_000_000 + ThreadLocalRandom.current().nextInt(1_000_000_000);
        DialogueEdition newEdition = secretariat.call(() -> editionService.schedule(new EditionDetails(number,
                "Edition " + number, null, null, null, null, null, null, Set.of(afripol))));
        DialogueEdition edition = secretariat.call(() -> editionService.addPriorityAxis(newEdition.getId(),
                newEdition.getVersion(), "Axis"));

        Map<String, Object> meetingBefore = snapshot(target);
        Map<String, Object> editionBefore = snapshot(edition);
        String forgedTitle = "Forged " + unique();
        Map<Class<?>, Object> real = new LinkedHashMap<>();
        real.put(MeetingDetails.class, details(forgedTitle, 9, Classification.OPEN, Set.of(), Set.of(), null, null));
        real.put(AgendaItemDetails.class, new AgendaItemDetails(forgedTitle, null, 10, null));
        real.put(ParticipantDetails.class, new ParticipantDetails(forgedTitle, afripol, ParticipantRole.OBSERVER));
        real.put(EditionDetails.class, new EditionDetails(number + 1, forgedTitle, null, null, null, null, null, null,
                Set.of()));
        real.put(String.class, forgedTitle);
        real.put(int.class, 0);
        real.put(boolean.class, true);
        real.put(Long.class, null);
        real.put(java.time.LocalDate.class, java.time.LocalDate.of(2031, 6, 20));
        real.put(LocalDateTime.class, LocalDateTime.of(2031, 6, 20, 9, 0));
        real.put(ParticipantRole.class, ParticipantRole.OBSERVER);

        List<Method> changes = new ArrayList<>();
        for (Class<?> service : List.of(MeetingService.class, EditionService.class)) {
            for (Method method : ServiceClasses.publicMethods(service)) {
                // the secretariat's methods that change something (the access list is only read)
                if (RULES.get(ServiceClasses.signature(method)).equals(SECRETARIAT)
                        && !method.getName().equals("accessList")) {
                    changes.add(method);
                }
            }
        }
        assertThat(changes).hasSize(14 + 9);

        long[] meetingIds = {target.getId(), target.getVersion(), target.getAgenda().get(0).getId()};
        long[] editionIds = {edition.getId(), edition.getVersion(), edition.getPriorityAxes().get(0).getId()};
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        try (QuietContainerLog quiet = new QuietContainerLog()) { // hundreds of refusals on purpose
            for (Role role : List.of(Role.OBSERVER, Role.DELEGATE, Role.ADMINISTRATOR)) {
                Caller forger = users.as(role);
                for (Method method : changes) {
                    Object bean = method.getDeclaringClass() == MeetingService.class ? meetingService : editionService;
                    Object[] arguments = realArguments(method, bean == meetingService ? meetingIds : editionIds, real);
                    if (method.getName().equals("removeParticipant")) {
                        arguments[2] = target.getParticipants().get(0).getId();
                    }
                    Object[] forged = arguments;
                    try {
                        forger.call(() -> invoke(bean, method, forged));
                        wrong.add(ServiceClasses.signature(method) + " as " + role + ": went through");
                    } catch (EJBAccessException expected) {
                        // refused, as it should be
                    } catch (Throwable other) { // NOPMD
                        wrong.add(ServiceClasses.signature(method) + " as " + role + ": " + other);
                    }
                    cells++;
                }
            }
        }
        System.out.println("AccessMatrixIT: forged changes: " + cells + " cells checked (" + changes.size()
                + " meeting and edition change methods × observer, delegate, administrator)");
        assertThat(wrong).isEmpty();
        assertThat(cells).isEqualTo(3 * 23);

        // Nothing changed: same versions, same data, no new record, and only the secretariat in the audit trail.
        Meeting after = secretariat.call(() -> meetingService.find(target.getId())).orElseThrow();
        DialogueEdition editionAfter = secretariat.call(() -> editionService.find(edition.getId())).orElseThrow();
        assertThat(snapshot(after)).isEqualTo(meetingBefore);
        assertThat(snapshot(editionAfter)).isEqualTo(editionBefore);
        assertThat(secretariat.call(() -> meetingService.count(search(forgedTitle, null, null)))).isZero();
        assertThat(secretariat.call(() -> editionService.findByNumber(number + 1))).isEmpty();
        for (String kind : List.of("Meeting", "Edition")) {
            long id = kind.equals("Meeting") ? target.getId() : edition.getId();
            assertThat(users.administrator().call(() -> auditService.search(new AuditSearch(null, kind, id, null,
                    null, null), 0, 100))).extracting(AuditEntry::getActor).isNotEmpty()
                    .containsOnly(TestUsers.SECRETARIAT);
        }
    }

    @Test
    void anAnonymousCallerIsRefusedBeforeAnythingElse() {
        assertThatThrownBy(() -> meetingService.find(NO_SUCH_ID)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> meetingService.schedule(null)).isInstanceOf(EJBAccessException.class);
    }

    // --- helpers ---

    private static Map<String, Rule> rules(Object... signaturesAndRules) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (int i = 0; i < signaturesAndRules.length; i += 2) {
            Object previous = rules.put((String) signaturesAndRules[i], (Rule) signaturesAndRules[i + 1]);
            if (previous != null) {
                throw new IllegalStateException("Twice in RULES: " + signaturesAndRules[i]);
            }
        }
        return rules;
    }

    /** Ids that do not exist, empty searches and nothing else: an allowed call reads or is refused as not found. */
    private static Object[] harmlessArguments(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> type = types[i];
            if (type == long.class || type == Long.class) {
                arguments[i] = NO_SUCH_ID;
            } else if (type == int.class || type == Integer.class) {
                arguments[i] = 1;
            } else if (type == boolean.class) {
                arguments[i] = false;
            } else if (type == UserSearch.class) {
                arguments[i] = UserSearch.all();
            } else if (type == AuditSearch.class) {
                arguments[i] = AuditSearch.all();
            } else if (type == MeetingSearch.class) {
                arguments[i] = MeetingSearch.all();
            } else if (type == org.dialogue.meetings.domain.action.ActionSearch.class) {
                arguments[i] = org.dialogue.meetings.domain.action.ActionSearch.all();
            } else if (type.isPrimitive()) {
                throw new IllegalStateException("No harmless value of " + type + " for " + method);
            } else {
                arguments[i] = null; // details of a record to create or change: nothing is written
            }
        }
        return arguments;
    }

    /** The change method's arguments on a real record: its id, version and a part's id, then real details. */
    private static Object[] realArguments(Method method, long[] idVersionPart, Map<Class<?>, Object> real) {
        Class<?>[] types = method.getParameterTypes();
        Object[] arguments = new Object[types.length];
        int longs = 0;
        for (int i = 0; i < types.length; i++) {
            if (types[i] == long.class) {
                arguments[i] = idVersionPart[longs++];
            } else if (real.containsKey(types[i])) {
                arguments[i] = real.get(types[i]);
            } else {
                throw new IllegalStateException("No real value of " + types[i] + " for " + method);
            }
        }
        return arguments;
    }

    /** Calls the method and throws what it threw, not the reflection wrapper. */
    private static Object invoke(Object bean, Method method, Object[] arguments) throws Exception {
        try {
            return method.invoke(bean, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception exception) {
                throw exception;
            }
            throw (Error) e.getCause();
        }
    }

    /**
     * Counts one cell per meeting of the test: listed exactly when expected. A scoped list (by title, edition or
     * agreement of this test) must also hold nothing else.
     */
    private static int compare(List<String> wrong, String what, List<Long> listed, Set<Long> ours, Set<Long> expected,
            boolean scoped) {
        for (Long id : ours) {
            if (listed.contains(id) != expected.contains(id)) {
                wrong.add(what + ": meeting " + id + (expected.contains(id) ? " missing" : " listed but not visible"));
            }
        }
        if (scoped && !ours.containsAll(listed)) {
            wrong.add(what + ": lists other meetings " + listed);
        }
        if (listed.size() != new LinkedHashSet<>(listed).size()) {
            wrong.add(what + ": lists a meeting twice " + listed);
        }
        return ours.size();
    }

    private Meeting schedule(MeetingDetails details) {
        return users.secretariat().call(() -> meetingService.schedule(details));
    }

    private static MeetingDetails details(String title, int day, Classification classification,
            Set<Long> coOrganisers, Set<Long> accessList, Long edition, Long agreement) {
        return new MeetingDetails(MeetingKind.JOINT_OPERATIONAL_MEETING, title, LocalDateTime.of(2031, 6, day, 9, 0),
                LocalDateTime.of(2031, 6, day, 12, 0), PARIS, "Headquarters", "Room of " + title, "Lyon", "France",
                coOrganisers, edition, agreement, classification, accessList);
    }

    private static MeetingSearch search(String title, Long organisation, Long edition) {
        return new MeetingSearch(title, null, null, organisation, edition, null, null, MeetingSearch.SortField.START,
                true);
    }

    private long acronymId(String acronym) {
        return users.secretariat().call(() -> organisationService.findByAcronym(acronym)).orElseThrow().getId();
    }

    private static Set<Long> idsOf(Map<String, Long> meetings, Set<String> labels) {
        return labels.stream().map(meetings::get).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).collect(Collectors.toSet());
    }

    private static List<Long> ids(List<Meeting> meetings) {
        return meetings.stream().map(Meeting::getId).toList();
    }

    private static Map<String, Object> snapshot(Meeting meeting) {
        Map<String, Object> facts = new LinkedHashMap<>(meeting.auditFields());
        facts.put("version", meeting.getVersion());
        return facts;
    }

    private static Map<String, Object> snapshot(DialogueEdition edition) {
        Map<String, Object> facts = new LinkedHashMap<>(edition.auditFields());
        facts.put("version", edition.getVersion());
        facts.put("axes", edition.getPriorityAxes().stream().map(a -> a.getId() + " " + a.getTitle()).toList());
        return facts;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
