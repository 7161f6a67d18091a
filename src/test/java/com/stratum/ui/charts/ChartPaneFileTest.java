package com.stratum.ui.charts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The file name a chart's PNG is offered under: definition, then chart title, safe on every file system. */
class ChartPaneFileTest {

    @Test
    void suggestedNameJoinsDefinitionAndTitle() {
        assertThat(ChartPane.suggestedName("rfm-standard", "Segment sizes", "segment-sizes"))
                .isEqualTo("rfm-standard - Segment sizes.png");
        assertThat(ChartPane.suggestedName(null, "Pareto: revenue / customers", "pareto"))
                .isEqualTo("Pareto_ revenue _ customers.png");
        assertThat(ChartPane.suggestedName("", " ", "pareto")).isEqualTo("pareto.png");
    }
}
