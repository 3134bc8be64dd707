package org.dialogue.meetings.testsupport.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DocumentationLinks} finds each kind of broken link, on a small documentation written for the purpose. */
class DocumentationLinksCheckTest {

    @TempDir
    Path root;

    @Test
    void headingsGetGitHubsAnchors() {
        assertThat(DocumentationLinks.slug("The first administrator")).isEqualTo("the-first-administrator");
        assertThat(DocumentationLinks.slug("Minutes in Arabic (PDF)")).isEqualTo("minutes-in-arabic-pdf");
        assertThat(DocumentationLinks.slug("Follow-up actions, the priority axes register and the dashboard"))
                .isEqualTo("follow-up-actions-the-priority-axes-register-and-the-dashboard");
        assertThat(DocumentationLinks.slug("The canonical text of minutes (format `dialogue-minutes/1`)"))
                .isEqualTo("the-canonical-text-of-minutes-format-dialogue-minutes1");
        assertThat(DocumentationLinks.slug("Invitations, replies & attendance"))
                .isEqualTo("invitations-replies--attendance");
        assertThat(DocumentationLinks.slug("snake_case and [a link](x.md) à l'été"))
                .isEqualTo("snake_case-and-a-link-à-lété");
        assertThat(DocumentationLinks.slug("module | tests | minutes")).isEqualTo("module--tests--minutes");
    }

    @Test
    void aHeadingWrittenAgainGetsANumber() throws IOException {
        Path file = write("docs/guide.md", """
                # Guide
                ## Tests
                text
                ## Tests
                ## Tests
                ```
                # Not a heading, in code
                ```
                Setext heading
                --------------
                <a id="custom-anchor"></a>
                """);

        assertThat(new DocumentationLinks(root).anchorsOf(file))
                .containsExactly("guide", "tests", "tests-1", "tests-2", "setext-heading", "custom-anchor");
    }

    @Test
    void goodLinksPass() throws IOException {
        write("README.md", """
                # Product
                ![The picture](docs/screenshots/picture.png)
                See [the guide](docs/guide.md), [its tests](docs/guide.md#tests-1), [below](#run), [the folder](docs/)
                and [the web](https://example.invalid/never-fetched#nothing), [mail](mailto:someone@example.invalid).
                Code is not read: `[x](missing.md)`, nor a span over two lines: `[language] page at
                [CSS selector]: what | why`.
                ```
                [y](missing-too.md)
                ```
                ## Run
                """);
        write("docs/guide.md", """
                # Guide
                ## Tests
                ## Tests
                Back to [the product](../README.md#product) and [running it](../README.md#run).
                <img src="screenshots/picture.png" alt="again">
                """);
        write("docs/screenshots/picture.png", "not really a picture");

        DocumentationLinks links = new DocumentationLinks(root);
        assertThat(links.problems(DocumentationLinks.documentationOf(root))).isEmpty();
        assertThat(links.linksChecked()).isEqualTo(10);
    }

    @Test
    void eachBrokenLinkIsReported() throws IOException {
        write("README.md", """
                # Product
                ![A missing picture](docs/screenshots/missing.png)
                ![A folder as a picture](docs)
                [A missing page](docs/missing.md)
                [A missing anchor here](#the-first-administrator)
                [A missing anchor there](docs/guide.md#the-first-administrator)
                [A third heading that does not exist](docs/guide.md#tests-2)
                [Out of the project](../elsewhere.md)
                [Nothing]()
                """);
        write("docs/guide.md", """
                # Guide
                ## Tests
                ## Tests
                [Back with a wrong case](../README.md#Product)
                """);

        List<String> problems = new DocumentationLinks(root).problems(DocumentationLinks.documentationOf(root));

        assertThat(problems).containsExactly(
                "README.md:2: the image docs/screenshots/missing.png does not exist",
                "README.md:3: the image docs is not a file",
                "README.md:4: the link's target docs/missing.md does not exist",
                "README.md:5: no heading of README.md has the anchor #the-first-administrator",
                "README.md:6: no heading of docs/guide.md has the anchor #the-first-administrator",
                "README.md:7: no heading of docs/guide.md has the anchor #tests-2 (headings there: tests, tests-1 ...)",
                "README.md:8: the link ../elsewhere.md leaves the project's folder",
                "README.md:9: a link without a target",
                "docs/guide.md:4: no heading of README.md has the anchor #Product");
    }

    @Test
    void aMissingFileIsReported() {
        assertThat(new DocumentationLinks(root).problems(List.of(root.resolve("README.md"))))
                .containsExactly("README.md: the file does not exist");
    }

    private Path write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
