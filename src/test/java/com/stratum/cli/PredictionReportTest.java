package com.stratum.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stratum.engine.predictive.CdnowSample;
import com.stratum.engine.predictive.ModelChoice;
import com.stratum.engine.predictive.PredictiveAnalysis;
import com.stratum.engine.predictive.PredictiveOptions;
import com.stratum.engine.predictive.PredictiveResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PredictionReportTest {

    @Test
    void cdnowTableAndJson(@TempDir Path dir) throws Exception {
        PredictiveResult r = PredictiveAnalysis.run(CdnowSample.purchaseLog(), PredictiveOptions.defaults()
                .withCalibrationEnd(LocalDate.of(1997, 9, 30)).withModel(ModelChoice.BGNBD).withHorizonDays(364));
        Path out = dir.resolve("pred.csv");
        PredictionReport.export(r, out);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFcustomer_id,x,t_x,T,zbar,x_star,p_alive,expected_purchases,"
                + "expected_avg_value,clv");
        assertThat(lines).hasSize(2358);
        assertThat(dir.toFile().list()).containsExactly("pred.csv"); // no temporary file left behind
        String row1516 = lines.stream().filter(l -> l.startsWith("1516,")).findFirst().orElseThrow();
        String[] c = row1516.split(",", -1);
        assertThat(c[1]).isEqualTo("26");
        assertThat(Double.parseDouble(c[2])).isCloseTo(216 / 7.0, within(1e-12));
        assertThat(c[3]).isEqualTo("31");
        assertThat(Double.parseDouble(c[6])).isCloseTo(0.96885, within(1e-4));
        assertThat(Double.parseDouble(c[7])).isCloseTo(25.757, within(2e-3));
        // customer 3 made no repeat purchase: zbar empty; holdout exists: x_star filled
        String row3 = lines.stream().filter(l -> l.startsWith("3,")).findFirst().orElseThrow();
        assertThat(row3.split(",", -1)[4]).isEmpty();
        assertThat(row3.split(",", -1)[5]).isNotEmpty();

        JsonNode j = new ObjectMapper().readTree(PredictionReport.json(r));
        assertThat(j.get("bgnbd").get("r").asDouble()).isCloseTo(0.2425945, within(1e-6));
        assertThat(j.get("pareto_nbd").get("ll").asDouble()).isCloseTo(-9594.976, within(1e-3));
        assertThat(j.get("gamma_gamma").get("p").asDouble()).isCloseTo(6.24957, within(1e-5));
        assertThat(j.get("model").asText()).isEqualTo("bgnbd");
        assertThat(j.get("holdout_actual").asLong()).isEqualTo(1882);
        assertThat(j.get("holdout_expected").asDouble()).isCloseTo(1653.4, within(0.1));
    }
}
