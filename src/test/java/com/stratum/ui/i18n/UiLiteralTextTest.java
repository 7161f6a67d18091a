package com.stratum.ui.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails on a user-facing string literal in {@code com.stratum.ui} that bypasses the bundles: a
 * literal holding a letter passed straight to a control's text, title, prompt or tooltip. Texts
 * must come from {@code Localization.get(key)}.
 */
class UiLiteralTextTest {

    private static final Pattern USER_TEXT = Pattern.compile(
            "(setText|setTitle|setHeaderText|setContentText|setPromptText|setAccessibleText|setLabel"
                    + "|new\\s+(?:Label|Button|Tooltip|MenuItem|Menu|CheckBox|RadioButton|ToggleButton|Tab|TitledPane"
                    + "|Hyperlink|RadioMenuItem|CheckMenuItem|TableColumn(?:<[^>]*>)?|Text|ButtonType))"
                    + "\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void noUserFacingLiteralInUi() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UiBundleConsistencyTest.UI_SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                offenders.addAll(scan(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        assertThat(offenders).as("user-facing literals that bypass the ui bundle").isEmpty();
    }

    @Test
    void theScanCatchesTheUsualShapes() {
        String code = """
                label.setText("Customers");
                new Button("Run");
                new Tooltip("Cancel this task");
                new TableColumn<Row, String>("Segment");
                stage.setTitle("Stratum");
                field.setPromptText("搜索");
                new Label(i18n.get("data.title"));
                label.setText("");
                label.setText(" - ");
                """;
        assertThat(scan("Sample.java", code)).hasSize(6);
    }

    static List<String> scan(String file, String source) {
        List<String> out = new ArrayList<>();
        Matcher m = USER_TEXT.matcher(source);
        while (m.find()) {
            if (LETTER.matcher(m.group(2)).find()) {
                int line = source.substring(0, m.start()).split("\n", -1).length;
                out.add(file + ":" + line + " " + m.group(0));
            }
        }
        return out;
    }
}
