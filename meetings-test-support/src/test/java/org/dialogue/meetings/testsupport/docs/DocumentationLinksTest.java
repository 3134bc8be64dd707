package org.dialogue.meetings.testsupport.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project's own documentation: every link between {@code README.md} and {@code docs/*.md} leads to an existing
 * file and heading, and every picture exists ({@link DocumentationLinks}). The root folder comes from the
 * {@code project.root} system property the module's pom sets ({@code ${project.basedir}/..}), so the test reads the
 * same files whatever folder Maven was started from.
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of(System.getProperty("project.root",
            Path.of(System.getProperty("basedir", ".")).resolve("..").toString())).toAbsolutePath().normalize();

    @Test
    void everyLinkOfTheReadmeAndTheDocsLeadsSomewhere() {
        List<Path> files = DocumentationLinks.documentationOf(ROOT);
        DocumentationLinks links = new DocumentationLinks(ROOT);

        List<String> problems = links.problems(files);

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
        assertThat(files).as("README.md and the guides of docs/").hasSizeGreaterThanOrEqualTo(4);
        assertThat(links.linksChecked()).as("links looked at").isGreaterThan(20);
    }

    @Test
    void theReadmeStaysShort() throws Exception {
        assertThat(Files.readAllLines(ROOT.resolve("README.md")).size())
                .as("lines of README.md (the details belong in docs/)").isLessThanOrEqualTo(250);
    }
}
