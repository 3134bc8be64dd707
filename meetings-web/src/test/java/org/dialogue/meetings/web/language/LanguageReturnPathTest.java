package org.dialogue.meetings.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The switch's {@code return} field comes from the browser: only a path inside the application is followed. */
class LanguageReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/meetings/view.xhtml?id=12", "/login.xhtml?continue=%2Fmeetings%2Flist.xhtml",
        "/invitations/reply.xhtml?token=abc.def", "/errors/not-found.xhtml"})
    void aLocalPathAndQueryIsKept(String path) {
        assertThat(LanguageServlet.returnPath(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "https://evil.example/", "/\\evil.example", "\\\\evil.example",
        "javascript:alert(1)", "evil.example", "", "/\r\nSet-Cookie: x=1", "/language", "/language?language=fr",
        "/page#fragment"})
    void anythingElseGoesToTheStartPage(String forged) {
        assertThat(LanguageServlet.returnPath(forged)).isEqualTo("/");
    }

    @Test
    void noFieldGoesToTheStartPage() {
        assertThat(LanguageServlet.returnPath(null)).isEqualTo("/");
    }
}
