package org.dialogue.meetings.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.account.AccountName;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.OrganisationKind;
import org.dialogue.meetings.domain.shared.TimeSlot;
import org.dialogue.meetings.domain.shared.Venue;
import org.junit.jupiter.api.Test;

/**
 * Need-to-know on one meeting ({@link Meeting#isVisibleTo}), for each classification and each kind of reader: the
 * same rule the repository's queries apply (checked against the database by AccessMatrixIT).
 */
class MeetingVisibilityTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    private final Organisation afripol = organisation("AFRIPOL", 1);
    private final Organisation europol = organisation("EUROPOL", 2);
    private final Organisation interpol = organisation("INTERPOL", 3);

    private final UserAccount listedAdministrator = user("admin", 10, Role.ADMINISTRATOR, null);
    private final UserAccount listedEuropolDelegate = user("eu-listed", 11, Role.DELEGATE, europol);

    private final Map<String, Reader> readers = new LinkedHashMap<>();
    private final Map<String, Meeting> meetings = new LinkedHashMap<>();

    MeetingVisibilityTest() {
        readers.put("secretariat", new Reader(20, "sec", Role.SECRETARIAT, null));
        readers.put("administrator", new Reader(21, "admin2", Role.ADMINISTRATOR, null));
        readers.put("listed administrator", listedAdministrator.asReader());
        readers.put("AFRIPOL delegate", new Reader(22, "af-del", Role.DELEGATE, afripol.getId()));
        readers.put("AFRIPOL observer", new Reader(23, "af-obs", Role.OBSERVER, afripol.getId()));
        readers.put("EUROPOL delegate", new Reader(24, "eu-del", Role.DELEGATE, europol.getId()));
        readers.put("EUROPOL observer", new Reader(25, "eu-obs", Role.OBSERVER, europol.getId()));
        readers.put("listed EUROPOL delegate", listedEuropolDelegate.asReader());

        meetings.put("open", meeting(Classification.OPEN, List.of(interpol), null, List.of()));
        meetings.put("restricted, AFRIPOL co-organises",
                meeting(Classification.RESTRICTED, List.of(afripol), null, List.of()));
        meetings.put("restricted, an AFRIPOL participant",
                meeting(Classification.RESTRICTED, List.of(interpol), afripol, List.of()));
        meetings.put("restricted, INTERPOL only",
                meeting(Classification.RESTRICTED, List.of(interpol), null, List.of()));
        meetings.put("confidential, two listed", meeting(Classification.CONFIDENTIAL, List.of(afripol), afripol,
                List.of(listedAdministrator, listedEuropolDelegate)));
        meetings.put("confidential, nobody listed",
                meeting(Classification.CONFIDENTIAL, List.of(afripol), afripol, List.of()));
    }

    /** Who sees what: the expected visible meetings of each reader. */
    private static final Map<String, Set<String>> EXPECTED = Map.of(
            "secretariat", Set.of("open", "restricted, AFRIPOL co-organises", "restricted, an AFRIPOL participant",
                    "restricted, INTERPOL only", "confidential, two listed", "confidential, nobody listed"),
            "administrator", Set.of("open"),
            "listed administrator", Set.of("open", "confidential, two listed"),
            "AFRIPOL delegate", Set.of("open", "restricted, AFRIPOL co-organises",
                    "restricted, an AFRIPOL participant"),
            "AFRIPOL observer", Set.of("open", "restricted, AFRIPOL co-organises",
                    "restricted, an AFRIPOL participant"),
            "EUROPOL delegate", Set.of("open"),
            "EUROPOL observer", Set.of("open"),
            "listed EUROPOL delegate", Set.of("open", "confidential, two listed"));

    @Test
    void eachReaderSeesExactlyTheMeetingsTheRuleGivesThem() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<String, Reader> reader : readers.entrySet()) {
            for (Map.Entry<String, Meeting> meeting : meetings.entrySet()) {
                boolean expected = EXPECTED.get(reader.getKey()).contains(meeting.getKey());
                if (meeting.getValue().isVisibleTo(reader.getValue()) != expected) {
                    wrong.add(reader.getKey() + " / " + meeting.getKey() + ": expected " + expected);
                }
                cells++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(cells).isEqualTo(8 * 6);
    }

    @Test
    void newMeetingsAreRestricted() {
        Meeting meeting = new Meeting(MeetingKind.OTHER, "New", slot(), Venue.inCity("Lyon", "France"));
        assertThat(meeting.getClassification()).isEqualTo(Classification.RESTRICTED);
        assertThat(meeting.isVisibleTo(readers.get("AFRIPOL delegate"))).isFalse();
        assertThat(meeting.isVisibleTo(readers.get("secretariat"))).isTrue();
    }

    private static Meeting meeting(Classification classification, List<Organisation> coOrganisers,
            Organisation participantFrom, List<UserAccount> accessList) {
        Meeting meeting = new Meeting(MeetingKind.JOINT_OPERATIONAL_MEETING, classification.name(), slot(),
                Venue.inCity("Lyon", "France"));
        meeting.coOrganiseWith(coOrganisers);
        if (participantFrom != null) {
            meeting.addParticipant("Participant", participantFrom, ParticipantRole.DELEGATE);
        }
        meeting.classify(classification);
        meeting.grantAccessTo(accessList.stream().map(MeetingVisibilityTest::listed).toList());
        return meeting;
    }

    private static TimeSlot slot() {
        return TimeSlot.ofLocal(LocalDateTime.of(2030, 2, 1, 9, 0), LocalDateTime.of(2030, 2, 1, 12, 0),
                ZoneId.of("Europe/Paris"));
    }

    private static Organisation organisation(String acronym, long id) {
        Organisation organisation = new Organisation(acronym, acronym + " organisation", OrganisationKind.REGIONAL);
        setId(Organisation.class, organisation, id);
        return organisation;
    }

    private static UserAccount user(String username, long id, Role role, Organisation organisation) {
        UserAccount user = new UserAccount(username, username, role, organisation, "hash", NOW);
        setId(UserAccount.class, user, id);
        return user;
    }

    /** The account as an access list holds it (id and user name), made as JPA would make it. */
    private static AccountName listed(UserAccount user) {
        try {
            var constructor = AccountName.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            AccountName name = constructor.newInstance();
            setId(AccountName.class, name, user.getId());
            Field username = AccountName.class.getDeclaredField("username");
            username.setAccessible(true);
            username.set(name, user.getUsername());
            return name;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ids come from the database in real use; the rule compares ids. */
    private static void setId(Class<?> type, Object entity, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
