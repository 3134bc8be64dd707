package org.dialogue.meetings.testsupport.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BundleCompleteness} finds each kind of problem, on bundles written for the purpose. */
class BundleCompletenessCheckTest {

    @TempDir
    Path folder;

    @Test
    void completeTranslationsPass() throws IOException {
        write("demo/Labels.properties", "greeting=Hello {0}\nformat={0} – {1}\nname=Dialogue\n");
        write("demo/Labels_en.properties", "# empty\n");
        write("demo/Labels_fr.properties", "greeting=Bonjour {0}\nformat={0} – {1}\nname=Dialogue\n");
        write("demo/Labels_es.properties", "greeting=Hola {0}\nformat={0} – {1}\nname=Diálogo\n");
        write("demo/Labels_ar.properties", "greeting=مرحبا {0}\nformat={0} – {1}\nname=الحوار\n");
        write("lists/same-as-english_fr.txt", "# a name\ndemo.Labels name\n");

        assertThat(check()).isEmpty();
    }

    @Test
    void eachProblemIsReported() throws IOException {
        write("demo/Labels.properties", "greeting=Hello {0}\nsize=At most {max} characters.\nbye=Goodbye\n");
        write("demo/Labels_en.properties", "bye=Bye\n");
        write("demo/Labels_fr.properties", "greeting=Bonjour\nsize=Au plus {max} caractères.\nsize=Au plus {max}.\n"
                + "extra=En trop\n");
        write("demo/Labels_es.properties", "greeting=Hola {0}\nsize=At most {max} characters.\nbye=Adiós\n");

        List<String> problems = check();

        assertThat(problems).anyMatch(p -> p.contains("Labels_en.properties must stay empty"));
        assertThat(problems).anyMatch(p -> p.contains("[fr] greeting: placeholders [] instead of [0]"));
        assertThat(problems).anyMatch(p -> p.contains("[fr]: 1 keys missing: [bye]"));
        assertThat(problems).anyMatch(p -> p.contains("[fr]: keys the English base file lacks: [extra]"));
        assertThat(problems).anyMatch(p -> p.contains("the key size is written twice"));
        assertThat(problems).anyMatch(p -> p.contains("[es] size: still in English"));
        assertThat(problems).anyMatch(p -> p.contains("[ar]: no file"));
        assertThat(problems).hasSize(7);
    }

    @Test
    void theMissingEmptyEnglishFileIsReported() throws IOException {
        write("demo/Labels.properties", "bye=Goodbye\n");
        for (String language : BundleCompleteness.LANGUAGES) {
            write("demo/Labels_" + language + ".properties", "bye=" + language + " bye\n");
        }

        assertThat(check()).singleElement().asString().contains("Labels_en.properties is missing");
    }

    @Test
    void aSingleApostropheInAMessageWithPlaceholdersIsReportedInEveryLanguage() throws IOException {
        write("demo/Labels.properties", "clock=On the venue's clock ({0}).\npage=The meeting''s page: {0}\n"
                + "plain=The venue's time.\nsize=The person's name has at most {max} characters.\n");
        write("demo/Labels_en.properties", "");
        write("demo/Labels_fr.properties", "clock=À l'heure du lieu ({0}).\npage=La page de l''réunion : {0}\n"
                + "plain=L'heure du lieu.\nsize=Au plus {max} caractères pour l'nom.\n");
        write("demo/Labels_es.properties", "clock=Hora del lugar ({0}).\npage=Página: {0}\nplain=Hora.\n"
                + "size=Como máximo {max} caracteres.\n");
        write("demo/Labels_ar.properties", "clock=توقيت المكان ({0}).\npage=الصفحة: {0}\nplain=التوقيت.\n"
                + "size={max} حرفا على الأكثر.\n");

        List<String> problems = check();

        // "plain" (no placeholder, may be shown as written) and "size" (a named, Bean Validation placeholder) pass
        assertThat(problems).containsExactlyInAnyOrder(
                "demo.Labels [en] clock: a single ' in a message with placeholders (MessageFormat drops it); write ''"
                        + " (\"On the venue's clock ({0}).\")",
                "demo.Labels [fr] clock: a single ' in a message with placeholders (MessageFormat drops it); write ''"
                        + " (\"À l'heure du lieu ({0}).\")");
    }

    @Test
    void placeholdersAreNamedWhateverTheirFormat() {
        assertThat(BundleCompleteness.placeholders("{0,choice,1#one|1<{0,number,integer} more} {1} {max}"))
                .containsExactly("0", "1", "max");
    }

    private List<String> check() {
        return new BundleCompleteness(folder, folder.resolve("lists")).problems("demo.Labels");
    }

    private void write(String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
