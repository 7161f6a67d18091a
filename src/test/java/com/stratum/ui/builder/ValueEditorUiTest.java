package com.stratum.ui.builder;

import com.stratum.engine.definition.Condition;
import com.stratum.ui.results.AnalysisSession;
import com.stratum.ui.results.CustomerData;
import com.stratum.ui.testsupport.StratumAppTest;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A typed range bound is kept as typed: the box shows it (formatted), the definition holds it, and
 * the slider only pins its handle at the end when the value lies past the field's range. The
 * customers are {@link BuilderViewModelTest#frame()}: monetary 900, 300, 150, 80, 40, 20, 5, 0.
 */
class ValueEditorUiTest extends StratumAppTest {

    private BuilderViewModel vm() {
        return fx(() -> (BuilderViewModel) node("#builder-view").getProperties().get(BuilderViewModel.class));
    }

    private Condition firstCondition() {
        return fx(() -> (Condition) vm().tree(0).children().get(0));
    }

    private String field(String query) {
        return fx(() -> ((TextField) node(query)).getText());
    }

    private void typeInto(String query, String text) {
        clickOn(query);
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
        push(KeyCode.ENTER);
    }

    private void clickInPopup(String text) {
        Node item = lookup(n -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText())
                && n.getScene() != null && n.getScene().getWindow() instanceof javafx.stage.PopupWindow
                && n.getScene().getWindow().isShowing()).query();
        clickOn(item);
    }

    private void openMonetaryRange() {
        onFx(() -> {
            AnalysisSession analysis = AnalysisSession.of(ctx());
            analysis.sourceProperty().set(ws -> CustomerData.ofFrame(BuilderViewModelTest.frame()));
            analysis.setData(CustomerData.ofFrame(BuilderViewModelTest.frame()));
        });
        clickOn("#nav-segments");
        waitUntil(() -> lookup("#builder-view").tryQuery().isPresent());
        clickOn("#definition-new").clickOn("#new-blank");
        push(KeyCode.ENTER);
        waitUntil(() -> lookup("#criteria-editor").tryQuery().isPresent());
        clickOn("#add-condition-root");
        Node item = lookup(n -> n instanceof javafx.scene.control.Labeled l && "Monetary".equals(l.getText())
                && n.getScene() != null && n.getScene().getWindow() instanceof javafx.stage.PopupWindow
                && n.getScene().getWindow().isShowing()).query();
        clickOn(item);
        waitUntil(() -> lookup("#condition-0 #condition-min").tryQuery().isPresent());
    }

    @Test
    void aTypedMinimumAboveTheSlidersStartIsShownAsTypedAndUndoBringsBackThePreviousOne() {
        openMonetaryRange();
        // the new condition spans the whole range: 0.00 - 900.00
        assertThat(field("#condition-0 #condition-min")).isEqualTo("0.00");
        assertThat(field("#condition-0 #condition-max")).isEqualTo("900.00");

        typeInto("#condition-0 #condition-min", "500");
        // only a (900.00) lies in 500 .. 900
        waitUntil(() -> firstCondition().value() == 500.0
                && ((Label) node("#count-0")).getText().startsWith("1 customer"));
        waitUntil(() -> "500.00".equals(field("#condition-0 #condition-min")));
        assertThat(fx(() -> ((RangeSlider) node("#condition-0 #condition-range")).getLowValue())).isEqualTo(500.0);

        // past the field's largest value: the box and the definition keep 5,000, the handle sits at the end
        typeInto("#condition-0 #condition-max", "5000");
        waitUntil(() -> firstCondition().max() == 5000.0);
        waitUntil(() -> "5,000.00".equals(field("#condition-0 #condition-max")));
        assertThat(field("#condition-0 #condition-min")).isEqualTo("500.00");
        assertThat(fx(() -> ((RangeSlider) node("#condition-0 #condition-range")).getHighValue())).isEqualTo(900.0);

        clickOn("#builder-undo");
        waitUntil(() -> firstCondition().max() == 900.0);
        waitUntil(() -> "900.00".equals(field("#condition-0 #condition-max")));
        assertThat(field("#condition-0 #condition-min")).isEqualTo("500.00");
        clickOn("#builder-undo");
        waitUntil(() -> "0.00".equals(field("#condition-0 #condition-min")));
        clickOn("#builder-redo");
        waitUntil(() -> "500.00".equals(field("#condition-0 #condition-min")));
        assertThat(firstCondition().value()).isEqualTo(500.0);
    }

    @Test
    void equalsOnACategoryIsAPicklistOfLevelsWithCounts() {
        openMonetaryRange();
        clickOn("#add-condition-root");
        clickInPopup("channel");
        waitUntil(() -> lookup("#condition-1 #condition-levels").tryQuery().isPresent());
        clickOn("#condition-op-1");
        clickInPopup("equals");
        waitUntil(() -> lookup("#condition-1 #condition-level").tryQuery().isPresent());
        assertThat(lookup("#condition-1 #condition-text").tryQuery()).isEmpty();
        // channel: online a, c, e, g = 4; store b, d, f = 3 (h has none)
        clickOn("#condition-1 #condition-level");
        clickInPopup("store (3)");
        waitUntil(() -> "store".equals(fx(() -> ((Condition) vm().tree(0).children().get(1)).text())));
    }
}
