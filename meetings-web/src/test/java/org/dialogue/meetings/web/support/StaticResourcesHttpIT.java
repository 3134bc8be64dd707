package org.dialogue.meetings.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogue.meetings.web.support.HttpVisitor.Answer;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.FirstVisitWeight;
import org.dialogue.meetings.web.testing.FirstVisitWeight.Kind;
import org.dialogue.meetings.web.testing.FirstVisitWeight.Resource;
import org.dialogue.meetings.web.testing.FirstVisitWeight.Weight;
import org.junit.jupiter.api.Test;

/**
 * What a first visit downloads and what the browser may keep, on the WAR as built, on Payara Micro with the run
 * command's settings: the application's own style sheet and scripts linked under a versioned address, every style
 * sheet and script compressed and kept for a year, the icon for a day, an unversioned or missing resource never kept
 * for long, a signed-in page never stored. (That the version changes with the files: {@code ResourceVersionTest}.)
 */
@ApplicationTest
class StaticResourcesHttpIT {

    /** Our resources as the layout and the sign-in page link them, with OmniFaces' version parameter. */
    private static final Pattern OWN_RESOURCE = Pattern.compile(
            "/jakarta\\.faces\\.resource/((?:css|js)/[\\w-]+\\.(?:css|js))\\.xhtml(\\?[^\"]*)\"");
    private static final Pattern OUR_VERSION = Pattern.compile("\\?v=([0-9a-f]{10})");
    private static final String RESOURCE = "/jakarta.faces.resource/";
    private static final int SMALLEST_COMPRESSED = 2048;

    @ApplicationAddress
    private String base;

    @Test
    void theSignInPageLinksOurStyleSheetAndScriptsUnderOneVersion() {
        Answer page = new HttpVisitor(base).get("login.xhtml");

        assertThat(page.status()).isEqualTo(200);
        Matcher linked = OWN_RESOURCE.matcher(page.body());
        List<String> names = new ArrayList<>();
        Set<String> versions = new HashSet<>();
        while (linked.find()) {
            names.add(linked.group(1));
            Matcher version = OUR_VERSION.matcher(linked.group(2));
            assertThat(version.find()).as("version of %s: %s", linked.group(1), linked.group(2)).isTrue();
            versions.add(version.group(1));
        }
        assertThat(names).contains("css/app.css", "js/keep-focus.js", "js/select-menu.js", "js/text-editor.js",
                "js/time-zone.js");
        assertThat(versions).as("one version for all our resources").hasSize(1);
    }

    @Test
    void aFirstVisitGetsEveryResourceCompressedWhereTextAndVersionedResourcesForAYear() {
        Weight visit = FirstVisitWeight.measure(base, "login.xhtml");
        System.out.println("First visit of the sign-in page:\n" + visit.table());

        assertThat(visit.resources()).allSatisfy(resource -> {
            assertThat(resource.status()).as(resource.uri().toString()).isEqualTo(200);
            assertThat(resource.contentType()).as("Content-Type of %s", resource.uri()).isNotBlank();
            // Below 2 KB the server sends text as it is (Grizzly's compression-min-size-bytes): little to save.
            if (resource.isText() && resource.uncompressedBytes() >= SMALLEST_COMPRESSED) {
                assertThat(resource.compressed()).as("gzip: %s", resource.uri()).isTrue();
                assertThat(resource.wireBytes()).as(resource.uri().toString())
                        .isLessThan(resource.uncompressedBytes());
            }
        });
        List<Resource> facesResources = visit.resources().stream()
                .filter(resource -> resource.uri().getPath().contains(RESOURCE)).toList();
        assertThat(facesResources).extracting(Resource::kind)
                .contains(Kind.STYLE_SHEET, Kind.SCRIPT, Kind.FROM_STYLE_SHEET);
        // Every Faces resource a page links carries a version (ours or PrimeFaces'), so every one is kept a year; and
        // says that the answer depends on Accept-Encoding, for caches on the way.
        assertThat(facesResources).allSatisfy(resource -> {
            assertThat(resource.uri().getQuery()).as(resource.uri().toString()).containsPattern("(^|&)v=");
            assertThat(resource.cacheControl()).as(resource.uri().toString())
                    .isEqualTo("public, max-age=31536000, immutable");
            assertThat(resource.headers().allValues("Vary")).as("Vary of %s", resource.uri())
                    .anyMatch(vary -> vary.toLowerCase(Locale.ROOT).contains("accept-encoding"));
        });
        assertThat(visit.resources()).filteredOn(resource -> resource.kind() == Kind.ICON).hasSize(2)
                .allSatisfy(icon -> assertThat(icon.cacheControl()).as(icon.uri().toString())
                        .isEqualTo("public, max-age=86400"));
        assertThat(visit.resources().get(0).kind()).isEqualTo(Kind.PAGE);
        assertThat(visit.wireBytes()).isLessThan(visit.uncompressedBytes() / 2);
    }

    @Test
    void aResourceAskedForWithoutThisServersVersionIsCheckedBeforeUseAndAMissingOneIsNotKept() {
        HttpVisitor visitor = new HttpVisitor(base);

        Answer unversioned = visitor.get("jakarta.faces.resource/css/app.css.xhtml");
        // The address an instance of another release links (while a cluster is upgraded one instance at a time).
        Answer otherVersion = visitor.get("jakarta.faces.resource/css/app.css.xhtml?v=0123456789");
        Answer missing = visitor.get("jakarta.faces.resource/css/no-such-file.css.xhtml?v=0123456789");

        assertThat(unversioned.status()).isEqualTo(200);
        assertThat(unversioned.header("Cache-Control")).hasValue("no-cache");
        assertThat(otherVersion.status()).isEqualTo(200);
        assertThat(otherVersion.header("Cache-Control")).hasValue("no-cache");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Cache-Control")).hasValue("no-store");
    }

    @Test
    void aSignedInPageIsNeverStoredAndItsFirstVisitIsMeasuredWithTheSession() {
        HttpVisitor administrator = new HttpVisitor(base);
        assertThat(administrator.signIn("admin", TestAccounts.ADMIN_PASSWORD).status()).isEqualTo(302);

        Weight dashboard = FirstVisitWeight.measure(base, "index.xhtml", administrator.cookieHeader());
        System.out.println("First visit of the dashboard, signed in:\n" + dashboard.table());

        Resource page = dashboard.resources().get(0);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.cacheControl()).isEqualTo("no-store");
        assertThat(page.compressed()).isTrue();
        assertThat(dashboard.resources()).extracting(Resource::status).containsOnly(200);
    }
}
