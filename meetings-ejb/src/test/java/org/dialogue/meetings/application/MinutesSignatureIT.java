package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.minutes.ApprovalSignature;
import org.dialogue.meetings.domain.minutes.AttendanceStatus;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesState;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.domain.signing.KeyId;
import org.dialogue.meetings.domain.signing.PublishedKey;
import org.dialogue.meetings.infrastructure.signing.SigningKeyStore;
import org.dialogue.meetings.testing.Caller;
import org.dialogue.meetings.testing.ContainerTest;
import org.dialogue.meetings.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Approved minutes signed by the application's key, through the real services in Payara Micro: the delegation
 * approves, and the stored signature of the canonical text checks with {@link Signature} against the key published
 * under its id (fetched as an anonymous caller would), while a text changed by one byte fails; the key was generated
 * at start in the data folder, readable by its owner only; a key used before a rotation stays published.
 */
@ContainerTest
class MinutesSignatureIT {

    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

    /** Test only: a key published as an earlier instance would have, before a rotation to the current key. */
    @Stateless
    @PermitAll
    public static class EarlierSigningKeys {

        @PersistenceContext(unitName = "meetings")
        private EntityManager em;

        public void publish(PublicKey key, Instant publishedAt) {
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            PublishedKey published = new PublishedKey(KeyId.of(key), "SHA256withECDSA", pem, publishedAt);
            published.usedAt(publishedAt);
            em.persist(published);
        }
    }

    @EJB
    private EarlierSigningKeys earlierKeys;

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    private TestUsers users;

    @EJB
    private MeetingService meetingService;

    @EJB
    private OrganisationService organisationService;

    @EJB
    private MinutesService minutesService;

    @EJB
    private SigningKeyService signingKeyService;

    private Caller secretariat;
    private Caller afripol;

    @BeforeEach
    void accounts() {
        users.ensureAccounts();
        secretariat = users.secretariat();
        afripol = users.delegate();
    }

    @Test
    void approvedMinutesCarryASignatureOfTheirCanonicalTextThatThePublishedKeyVerifies() throws Exception {
        Minutes circulated = circulatedMinutes("<p>Accord sur l’échange – اتفاق على التبادل.</p>");
        assertThat(afripol.call(() -> minutesService.signature(circulated.getId()))).as("not signed before approval")
                .isEmpty();

        Minutes approved = afripol.call(() -> minutesService.approve(circulated.getId(), 1));

        assertThat(approved.getState()).isEqualTo(MinutesState.APPROVED);
        ApprovalSignature signature = afripol.call(() -> minutesService.signature(circulated.getId())).orElseThrow();
        byte[] canonical = afripol.call(() -> minutesService.canonicalText(circulated.getId()))
                .getBytes(StandardCharsets.UTF_8);
        // The key as the public gets it: by the id stored with the signature, without signing in.
        SigningKeyDetails published = Caller.anonymous().call(() -> signingKeyService.find(signature.getKeyId()))
                .orElseThrow();
        PublicKey publicKey = fromPem(published.publicKeyPem());
        assertThat(KeyId.of(publicKey)).as("the key id is the SHA-256 of the public key's DER")
                .isEqualTo(published.keyId()).isEqualTo(signature.getKeyId());
        assertThat(published.algorithm()).isEqualTo("SHA256withECDSA");

        assertThat(verifies(published.algorithm(), publicKey, canonical, signature.getBytes())).isTrue();
        byte[] changed = canonical.clone();
        changed[changed.length / 2] ^= 0x01;
        assertThat(verifies(published.algorithm(), publicKey, changed, signature.getBytes())).isFalse();

        // Need-to-know as for the text: a delegation not taking part finds no such minutes, signature included.
        assertThatThrownBy(() -> users.secondDelegate().call(() -> minutesService.signature(circulated.getId())))
                .isInstanceOf(RecordNotFoundException.class);

        SigningKeyDetails current = Caller.anonymous().call(signingKeyService::current);
        assertThat(current.keyId()).isEqualTo(signature.getKeyId());
        assertThat(current.current()).isTrue();
        assertThat(current.firstUsedAt()).as("first used by a signature").isNotNull();
        List<SigningKeyDetails> all = Caller.anonymous().call(signingKeyService::published);
        assertThat(all).filteredOn(SigningKeyDetails::current).singleElement()
                .extracting(SigningKeyDetails::keyId).isEqualTo(current.keyId());
        assertThat(Caller.anonymous().call(() -> signingKeyService.find("0".repeat(64)))).isEmpty();
        assertThat(Caller.anonymous().call(() -> signingKeyService.find("../etc/passwd"))).isEmpty();
    }

    @Test
    void theDefaultKeyIsGeneratedInTheDataFolderReadableByItsOwnerOnly() throws Exception {
        Path folder = Path.of(System.getProperty("meetings.data.dir")).toAbsolutePath().normalize();
        Path keystore = folder.resolve(SigningKeyStore.DEFAULT_FILE);
        Path password = folder.resolve(SigningKeyStore.DEFAULT_FILE + ".password");

        for (Path file : List.of(keystore, password)) {
            assertThat(file).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                    .isEqualTo("rw-------");
        }
        assertThat(Caller.anonymous().call(signingKeyService::current).publicKeyPem())
                .startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
    }

    @Test
    void aKeyUsedBeforeARotationStaysPublishedAndChecksWhatItSigned() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair earlier = generator.generateKeyPair();
        earlierKeys.publish(earlier.getPublic(), Instant.now().minus(Duration.ofDays(400)));
        byte[] record = "MINUTES\nFormat: dialogue-minutes/1\n".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(earlier.getPrivate());
        signer.update(record);
        byte[] signedBefore = signer.sign();

        List<SigningKeyDetails> published = Caller.anonymous().call(signingKeyService::published);
        String earlierId = KeyId.of(earlier.getPublic());
        assertThat(published).extracting(SigningKeyDetails::keyId).contains(earlierId);
        assertThat(published).filteredOn(SigningKeyDetails::current).singleElement()
                .extracting(SigningKeyDetails::keyId).isNotEqualTo(earlierId)
                .isEqualTo(Caller.anonymous().call(signingKeyService::current).keyId());
        SigningKeyDetails stillThere = Caller.anonymous().call(() -> signingKeyService.find(earlierId)).orElseThrow();
        assertThat(stillThere.current()).isFalse();
        assertThat(verifies(stillThere.algorithm(), fromPem(stillThere.publicKeyPem()), record, signedBefore))
                .isTrue();
    }

    // --- helpers ---

    /** Minutes of a meeting co-organised by AFRIPOL alone, with notes, circulated: AFRIPOL's approval ends the round. */
    private Minutes circulatedMinutes(String notes) {
        long afripolId = secretariat.call(() -> organisationService.findByAcronym(TestUsers.ORGANISATION))
                .orElseThrow().getId();
        LocalDateTime start = LocalDateTime.of(2032, 5, 4, 9, 0)
                .plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(300));
        Meeting meeting = secretariat.call(() -> {
            Meeting scheduled = meetingService.schedule(new MeetingDetails(MeetingKind.JOINT_OPERATIONAL_MEETING,
                    "Signed minutes IT " + UUID.randomUUID().toString().substring(0, 8), start, start.plusHours(6),
                    NAIROBI, "Headquarters", null, "Nairobi", "Kenya", Set.of(afripolId), null, null));
            return meetingService.addAgendaItem(scheduled.getId(), scheduled.getVersion(),
                    new AgendaItemDetails("Opening", null, 15, null));
        });
        Minutes opened = secretariat.call(() -> minutesService.open(meeting.getId()));
        Minutes saved = secretariat.call(() -> minutesService.saveDraft(opened.getId(), opened.getVersion(),
                new MinutesDraft(List.of(new MinutesDraft.Notes(opened.getItems().get(0).getId(), notes)),
                        opened.getAttendance().stream().map(a -> new MinutesDraft.AttendanceLine(a.getName(),
                                a.getOrganisation().getId(), AttendanceStatus.PRESENT, false)).toList(),
                        List.of(), List.of(new MinutesDraft.ActionLine(null, "Send the signed record", afripolId,
                                "Amina Haddad", LocalDate.of(2032, 12, 1), null, null)))));
        return secretariat.call(() -> minutesService.circulate(saved.getId(), saved.getVersion(),
                Instant.now().plus(Duration.ofDays(7))));
    }

    private static PublicKey fromPem(String pem) throws Exception {
        String body = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    private static boolean verifies(String algorithm, PublicKey key, byte[] text, byte[] signature) throws Exception {
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(key);
        verifier.update(text);
        return verifier.verify(signature);
    }
}
