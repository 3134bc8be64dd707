package org.dialogue.meetings.web.operations;

import java.util.List;
import java.util.Map;

/**
 * What the earlier release's databases in {@code src/test/resources/upgrade} hold: made by {@link UpgradeFixtures}
 * through that release's services, checked by {@link UpgradeAndRestoreIT} after the upgrade and after a restore.
 */
final class EarlierRelease {

    /** The last migration of the release that made the fixtures (main at 46c12ee, Flyway V1 to V14). */
    static final String SCHEMA_VERSION = "14";

    static final String SECRETARIAT = "upgrade.secretariat";
    static final String AFRIPOL_DELEGATE = "upgrade.afripol";
    static final String EUROPOL_DELEGATE = "upgrade.europol";
    static final String OBSERVER = "upgrade.observer";

    /** Each fixture user's password, as chosen in the earlier release (the administrator's is the tests' one). */
    static final Map<String, String> PASSWORDS = Map.of(
            SECRETARIAT, "Earlier release secretariat pw 1",
            AFRIPOL_DELEGATE, "Earlier release AFRIPOL pw 2",
            EUROPOL_DELEGATE, "Earlier release EUROPOL pw 3",
            OBSERVER, "Earlier release observer pw 4");

    /** Minutes in English, approved by AFRIPOL and EUROPOL. */
    static final String APPROVED_IN_ENGLISH = "Upgrade fixture: AFRIPOL–EUROPOL threat assessment";
    /** Minutes in French, approved by AFRIPOL and EUROPOL. */
    static final String APPROVED_IN_FRENCH = "Réunion de suivi AFRIPOL–EUROPOL (fixture de mise à niveau)";
    /** Minutes circulated, approved by AFRIPOL only: not approved. */
    static final String IN_CIRCULATION = "Upgrade fixture: minutes in circulation";
    /** A meeting with an agenda and no minutes. */
    static final String WITHOUT_MINUTES = "Upgrade fixture: meeting without minutes";

    static final List<String> MEETING_TITLES = List.of(APPROVED_IN_ENGLISH, APPROVED_IN_FRENCH, IN_CIRCULATION,
            WITHOUT_MINUTES);

    /** The administrator and the four users above. */
    static final int USERS = 5;
    static final int MEETINGS = 4;
    static final int APPROVED_MINUTES = 2;
    /** Two per set of minutes, three sets. */
    static final int ACTIONS = 6;

    /** The H2 database, as H2's SCRIPT wrote it (restore: RUNSCRIPT into an empty file database). */
    static final String H2_SCRIPT = "upgrade/h2-earlier-release.sql";
    /** The PostgreSQL database, as pg_dump's plain SQL (restore: psql into an empty database). */
    static final String POSTGRESQL_DUMP = "upgrade/postgresql-earlier-release.sql";
    /** The signing keystore the earlier release generated in its data folder, and its password file. Test key. */
    static final String KEYSTORE = "upgrade/signing-key.p12";
    static final String KEYSTORE_PASSWORD = "upgrade/signing-key.p12.password";

    private EarlierRelease() {
    }
}
