package com.stratum.ui.shell;

import com.stratum.ui.i18n.Language;
import com.stratum.ui.testsupport.StratumAppTest;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The new-user review's dialog defects at the window's real size: Preferences' analysis tab and the
 * keyboard shortcuts show every label whole (no "Ho..." or "Ctrl+Shi..."), spinners show two-digit
 * hours, dialogs paint an opaque background in the dark theme and carry a visible title, and About
 * says where the data and log file are. Starts in Chinese and dark (the longer and the harder case).
 */
class DialogLayoutUiTest extends StratumAppTest {

    @Override
    protected void beforeStart() throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("preferences.json"), "{\"language\":\"zh_CN\",\"theme\":\"dark\"}");
    }

    @Test
    void analysisDefaultsShowWholeLabelsInChineseAndEnglish() {
        DialogPane zh = openAnalysisDefaults("编辑", "偏好设置...", "默认分析设置");
        assertThat(zh.getHeaderText()).isEqualTo("偏好设置");
        assertReadable(zh);

        ComboBox<Language> language = node("#prefs-language");
        onFx(() -> language.setValue(Language.ENGLISH));
        clickOn("确定");
        waitUntil(() -> ((ToggleButton) node("#nav-data")).getText().equals("Data"));

        DialogPane en = openAnalysisDefaults("Edit", "Preferences...", "Analysis defaults");
        assertThat(en.getHeaderText()).isEqualTo("Preferences");
        assertReadable(en);
        onFx(() -> en.getScene().getWindow().hide());
    }

    @Test
    void shortcutsHaveATitleAnOpaqueDarkBackgroundAndWholeKeys() {
        press(KeyCode.F1).release(KeyCode.F1);
        waitUntil(() -> lookup("#shortcuts-dialog").tryQuery().isPresent());
        DialogPane pane = node("#shortcuts-dialog");
        assertThat(pane.getHeaderText()).isEqualTo("键盘快捷键");
        assertThat(clipped(pane)).isEmpty();
        // the theme's default background, filled: AtlantaFX's dark palette is near black (#0d1117)
        BackgroundFill fill = fx(() -> pane.getBackground().getFills().get(0));
        assertThat(fill.getFill()).isInstanceOf(Color.class);
        Color c = (Color) fill.getFill();
        assertThat(c.getOpacity()).isEqualTo(1.0);
        assertThat(c.getBrightness()).isLessThan(0.2);
        onFx(() -> pane.getScene().getWindow().hide());
    }

    @Test
    void aboutTellsVersionRuntimeAndWhereDataAndLogsAre() {
        clickOn("帮助").clickOn("关于 Stratum");
        waitUntil(() -> lookup("#about-dialog").tryQuery().isPresent());
        DialogPane pane = node("#about-dialog");
        // classes run from target/classes carry no manifest version: the bundle's development build
        assertThat(pane.getHeaderText()).isEqualTo("Stratum 开发版本");
        assertThat(((TextField) node("#about-data-folder")).getText()).isEqualTo(home.toString());
        // logback.xml: ${DATA_FOLDER}/logs/stratum.log
        assertThat(((TextField) node("#about-log-file")).getText())
                .isEqualTo(home.resolve("logs").resolve("stratum.log").toString());
        assertThat(((Labeled) node("#about-java")).getText()).startsWith(System.getProperty("java.version"));
        assertThat(((Labeled) node("#about-javafx")).getText()).startsWith("21");
        ImageView image = node("#about-image");
        assertThat(image.getImage().getWidth()).isEqualTo(640); // assets/about.png is 640 x 360
        assertThat(clipped(pane)).isEmpty();
        onFx(() -> pane.getScene().getWindow().hide());
    }

    private DialogPane openAnalysisDefaults(String menu, String item, String tab) {
        clickOn(menu).clickOn(item);
        waitUntil(() -> lookup("#preferences-dialog").tryQuery().isPresent());
        clickOn(tab);
        waitUntil(() -> lookup("#prefs-daypart-3").tryQuery().isPresent()
                && ((Node) node("#prefs-daypart-3")).isVisible());
        return node("#preferences-dialog");
    }

    private void assertReadable(DialogPane pane) {
        assertThat(clipped(pane)).isEmpty();
        // each daypart spinner's field is wider than its widest value, "23"
        for (int p = 0; p < 4; p++) {
            Spinner<?> spinner = node("#prefs-daypart-" + p);
            double[] room = fx(() -> {
                TextField editor = spinner.getEditor();
                Text widest = new Text("23");
                widest.setFont(editor.getFont());
                double inner = editor.getWidth() - editor.getInsets().getLeft() - editor.getInsets().getRight();
                return new double[] {inner, widest.getLayoutBounds().getWidth()};
            });
            assertThat(room[0]).as("daypart %d field", p).isGreaterThan(room[1]);
        }
    }

    /** Texts of visible, non-wrapping labels and buttons that are drawn shorter than they are (an ellipsis). */
    private List<String> clipped(Parent root) {
        return fx(() -> {
            List<String> out = new ArrayList<>();
            for (Node n : root.lookupAll("*")) {
                if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && !l.isWrapText()
                        && l.isVisible() && l.getScene() != null && l.getWidth() > 0 && isShowing(l)) {
                    for (Node child : l.getChildrenUnmodifiable()) {
                        if (child instanceof Text t && !l.getText().equals(t.getText())) {
                            out.add(l.getText() + " drawn as " + t.getText());
                        }
                    }
                }
            }
            return out;
        });
    }

    /** False for nodes on a tab that is not selected (still in the scene graph, not drawn). */
    private static boolean isShowing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
