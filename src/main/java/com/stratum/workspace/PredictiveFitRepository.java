package com.stratum.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stratum.engine.predictive.ChurnRiskThresholds;
import com.stratum.engine.predictive.ModelChoice;
import com.stratum.engine.predictive.ModelFit;
import com.stratum.engine.predictive.ModelTimeUnit;
import com.stratum.engine.predictive.PredictiveAnalysis;
import com.stratum.engine.predictive.PredictiveFeatures;
import com.stratum.engine.predictive.PredictiveOptions;
import com.stratum.engine.predictive.PredictiveResult;
import com.stratum.engine.predictive.PurchaseLog;
import com.stratum.features.CustomerFrame;
import com.stratum.features.TransactionTable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The workspace's predictive fit (one row of the {@code settings} table, JSON): the options it was made
 * with, the calibration end resolved to a date (so a later import does not move it) and, for reading,
 * the fitted parameters. Applying it re-runs the fit with those options, which is deterministic, so the
 * CLI's {@code features} and the window's frame get the same predictive columns the Predictive view showed.
 */
public final class PredictiveFitRepository {

    static final String KEY = "predictive.fit";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;

    public PredictiveFitRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Stores the options of {@code result} (calibration end as fitted) and its parameters, replacing any earlier fit. */
    public void save(PredictiveResult result) {
        write(toJson(result));
    }

    /** The stored fit's options, if a fit was saved. */
    public Optional<PredictiveOptions> options() {
        return read().map(PredictiveFitRepository::optionsOf);
    }

    /** Forgets the stored fit (the features no longer carry predictive columns). */
    public void clear() {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("DELETE FROM settings WHERE setting_key = ?")) {
            ps.setString(1, KEY);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot clear the predictive fit: " + e.getMessage(), e);
        }
    }

    /**
     * {@code frame} with the predictive columns of the stored fit over {@code transactions}, or
     * {@code frame} unchanged when no fit is stored. Data problems of the fit propagate as
     * {@link com.stratum.engine.predictive.PredictiveDataException}.
     */
    public CustomerFrame applyTo(CustomerFrame frame, TransactionTable transactions) {
        return refit(transactions).map(r -> PredictiveFeatures.addTo(frame, r)).orElse(frame);
    }

    /**
     * The stored fit run again over {@code transactions} (the fit is deterministic, so the same
     * models), or empty when none is stored; for callers that also show the models.
     */
    public Optional<PredictiveResult> refit(TransactionTable transactions) {
        return options().map(o -> PredictiveAnalysis.run(PurchaseLog.from(transactions), o));
    }

    static String toJson(PredictiveResult r) {
        PredictiveOptions o = r.options();
        ObjectNode n = JSON.createObjectNode();
        n.put("calibration_end", r.summary().calibrationEnd().toString());
        n.put("time_unit", o.timeUnit().name());
        n.put("model", o.model().name());
        n.put("horizon_days", o.horizonDays());
        n.put("discount_monthly", o.monthlyDiscountRate());
        n.put("high_risk_below", o.churnRisk().highRiskBelow());
        n.put("low_risk_from", o.churnRisk().lowRiskFrom());
        n.put("chosen", r.model().key());
        ObjectNode fits = n.putObject("fits");
        put(fits, r.bgNbd() == null ? null : r.bgNbd().fit());
        put(fits, r.paretoNbd() == null ? null : r.paretoNbd().fit());
        put(fits, r.gammaGamma() == null ? null : r.gammaGamma().fit());
        return n.toString();
    }

    private static void put(ObjectNode fits, ModelFit f) {
        if (f == null) {
            return;
        }
        ObjectNode m = fits.putObject(f.model());
        for (int i = 0; i < f.parameterNames().size(); i++) {
            m.put(f.parameterNames().get(i), f.parameters()[i]);
        }
        m.put("ll", f.logLikelihood());
        m.put("converged", f.converged());
    }

    static PredictiveOptions optionsOf(JsonNode n) {
        return PredictiveOptions.defaults()
                .withCalibrationEnd(LocalDate.parse(n.get("calibration_end").asText()))
                .withTimeUnit(ModelTimeUnit.valueOf(n.get("time_unit").asText()))
                .withModel(ModelChoice.valueOf(n.get("model").asText()))
                .withHorizonDays(n.get("horizon_days").asInt())
                .withMonthlyDiscountRate(n.get("discount_monthly").asDouble())
                .withChurnRisk(new ChurnRiskThresholds(n.get("high_risk_below").asDouble(),
                        n.get("low_risk_from").asDouble()));
    }

    private Optional<JsonNode> read() {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM settings WHERE setting_key = ?")) {
            ps.setString(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(JSON.readTree(rs.getString(1)));
            }
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new WorkspaceException("Cannot read the predictive fit: " + e.getMessage(), e);
        }
    }

    private void write(String json) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement(
                     "MERGE INTO settings(setting_key, setting_value) KEY(setting_key) VALUES (?, ?)")) {
            ps.setString(1, KEY);
            ps.setString(2, json);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot save the predictive fit: " + e.getMessage(), e);
        }
    }
}
