package com.stratum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stratum.engine.predictive.CalibrationSummary;
import com.stratum.engine.predictive.CustomerPredictions;
import com.stratum.engine.predictive.ModelFit;
import com.stratum.engine.predictive.PredictiveResult;
import com.stratum.exports.TableWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The `predict` command's outputs: the per-customer table and the one-line JSON summary. */
final class PredictionReport {

    static final List<String> HEADER = List.of("customer_id", "x", "t_x", "T", "zbar", "x_star", "p_alive",
            "expected_purchases", "expected_avg_value", "clv");

    private PredictionReport() {
    }

    /** One row per customer of the fit. */
    static void export(PredictiveResult r, Path out) throws IOException {
        ExportTarget.write(out, w -> write(r, w));
    }

    static void write(PredictiveResult r, TableWriter w) throws IOException {
        CalibrationSummary s = r.summary();
        CustomerPredictions p = r.predictions();
        boolean holdout = s.hasHoldout();
        w.startTable("predictions", HEADER);
        for (int i = 0; i < s.size(); i++) {
            w.writeRow(s.customerId(i), s.x()[i], s.tx()[i], s.T()[i], s.x()[i] == 0 ? null : s.zbar()[i],
                    holdout ? Integer.valueOf(s.xStar()[i]) : null, p.pAlive()[i], p.expectedPurchases()[i],
                    p.expectedAvgValue()[i], p.clv()[i]);
        }
    }

    static String json(PredictiveResult r) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.set("bgnbd", fit(mapper, r.bgNbd().fit()));
        root.set("pareto_nbd", fit(mapper, r.paretoNbd().fit()));
        root.set("gamma_gamma", fit(mapper, r.gammaGamma().fit()));
        root.put("model", r.model().key());
        CalibrationSummary s = r.summary();
        root.put("time_unit", s.unit().name().toLowerCase(java.util.Locale.ROOT));
        root.put("calibration_end", s.calibrationEnd().toString());
        root.put("customers", s.size());
        root.put("horizon_days", r.options().horizonDays());
        if (s.hasHoldout()) {
            root.put("holdout_actual", r.holdoutActual());
            root.put("holdout_expected", r.holdoutExpected());
        } else {
            root.putNull("holdout_actual");
            root.putNull("holdout_expected");
        }
        return root.toString();
    }

    private static ObjectNode fit(ObjectMapper mapper, ModelFit f) {
        ObjectNode n = mapper.createObjectNode();
        for (String p : f.parameterNames()) {
            n.put(p, f.parameter(p));
        }
        n.put("ll", f.logLikelihood());
        n.put("converged", f.converged());
        return n;
    }
}
