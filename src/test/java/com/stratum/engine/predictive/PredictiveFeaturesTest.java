package com.stratum.engine.predictive;

import com.stratum.features.CategoricalColumn;
import com.stratum.features.Column;
import com.stratum.features.CustomerFrame;
import com.stratum.features.NumericColumn;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PredictiveFeaturesTest {

    @Test
    void addsTheColumnsMatchedById() {
        PurchaseLog log = SyntheticPurchases.generate(2000, 11, new BgNbdModel(0.243, 4.414, 0.793, 2.426),
                new GammaGammaModel(6.25, 3.74, 15.44), 84, 546);
        PredictiveResult r = PredictiveAnalysis.run(log, PredictiveOptions.defaults()
                .withCalibrationEnd(SyntheticPurchases.START.plusDays(272)).withHorizonDays(90));
        CalibrationSummary s = r.summary();
        String a = s.customerId(0);
        String b = s.customerId(5);
        // frame rows in another order, plus a customer the fit does not know
        CustomerFrame frame = new CustomerFrame(new String[] {b, "nobody", a}, LocalDate.of(2021, 1, 1),
                List.of(new NumericColumn("frequency", new double[] {1, 2, 3})));
        CustomerFrame out = PredictiveFeatures.addTo(frame, r, new ChurnRiskThresholds(0.4, 0.8));

        assertThat(out.columnNames()).containsExactly("frequency", "p_alive", "expected_purchases_90",
                "expected_purchases", "expected_avg_value", "clv", "churn_risk");
        Column p = out.column("p_alive");
        assertThat(p.asDouble(0)).isEqualTo(r.predictions().pAlive()[5]);
        assertThat(p.asDouble(2)).isEqualTo(r.predictions().pAlive()[0]);
        assertThat(p.isMissing(1)).isTrue();
        assertThat(out.column("expected_purchases_90").asDouble(2)).isEqualTo(r.predictions().expectedPurchases()[0]);
        assertThat(out.column("clv").asDouble(0)).isEqualTo(r.predictions().clv()[5]);
        assertThat(out.column("expected_avg_value").isMissing(1)).isTrue();
        CategoricalColumn band = (CategoricalColumn) out.column("churn_risk");
        assertThat(band.isMissing(1)).isTrue();
        for (int row : new int[] {0, 2}) {
            double v = p.asDouble(row);
            String expected = v < 0.4 ? "high" : v < 0.8 ? "medium" : "low";
            assertThat(band.label(row)).isEqualTo(expected);
        }
    }

    @Test
    void bandsAtTheThresholds() {
        ChurnRiskThresholds t = new ChurnRiskThresholds(0.3, 0.7);
        assertThat(t.band(0.29)).isEqualTo(ChurnRiskThresholds.HIGH);
        assertThat(t.band(0.3)).isEqualTo(ChurnRiskThresholds.MEDIUM);
        assertThat(t.band(0.69)).isEqualTo(ChurnRiskThresholds.MEDIUM);
        assertThat(t.band(0.7)).isEqualTo(ChurnRiskThresholds.LOW);
        assertThat(t.band(Double.NaN)).isEqualTo(-1);
        assertThatThrownBy(() -> new ChurnRiskThresholds(0.8, 0.2)).isInstanceOf(IllegalArgumentException.class);
    }
}
