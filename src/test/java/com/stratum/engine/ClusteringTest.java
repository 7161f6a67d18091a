package com.stratum.engine;

import com.stratum.engine.definition.ClusteringSpec;
import com.stratum.engine.definition.Definition;
import com.stratum.features.CustomerFrame;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClusteringTest {

    // three tight blobs (spread <= 1.5) far apart (>= 10): around (0,0), (10,10), (20,0)
    private static final double[] X = {0, 1, 0, 1, 0.5, 10, 11, 10, 11, 10.5, 20, 21, 20, 21, 20.5};
    private static final double[] Y = {0, 0, 1, 1, 0.5, 10, 10, 11, 11, 10.5, 0, 0, 1, 1, 0.5};

    private static CustomerFrame frame() {
        String[] ids = new String[X.length];
        Double[] x = new Double[X.length];
        Double[] y = new Double[X.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "c" + i;
            x[i] = X[i];
            y[i] = Y[i];
        }
        return Frames.ids(ids).num("x", x).num("y", y).build();
    }

    @Test
    void silhouettePicksThreeForThreeSeparatedBlobs() {
        Definition d = new Definition("k", 1, "clustering", null, null,
                ClusteringSpec.suggestK(List.of("x", "y"), 2, 5, 7L), List.of(), null, null, null);
        Assignment a = Evaluator.evaluate(d, frame());
        ClusterResult r = a.clusters().orElseThrow();
        assertThat(r.k()).isEqualTo(3);
        assertThat(r.silhouetteByK().keySet()).containsExactly(2, 3, 4, 5);
        // within-blob distances <= 1.5, between-blob >= 10 (standardizing scales both axes but keeps the gap):
        // every point's silhouette (b - a) / b is above 0.8 for k = 3, and 3 beats merging (2) or splitting (4, 5)
        assertThat(r.silhouetteByK().get(3)).isGreaterThan(0.8);
        assertThat(r.suggestedK()).isEqualTo(3);
        // each blob is exactly one cluster, and the three clusters differ
        int[] seg = a.segmentOfRow();
        for (int b = 0; b < 3; b++) {
            for (int i = 1; i < 5; i++) {
                assertThat(seg[b * 5 + i]).isEqualTo(seg[b * 5]);
            }
        }
        assertThat(List.of(seg[0], seg[5], seg[10])).doesNotHaveDuplicates();
        // segments are the clusters (plus the catch-all, empty)
        assertThat(a.segments()).hasSize(4);
        assertThat(a.summary().get(3).count()).isZero();
        // profile of the blob around (20, 0): x mean 20.5 vs overall 10.5 -> z > 0; y mean 0.5 vs 3.83 -> z < 0
        int c = ((com.stratum.features.NumericColumn) a.frame().column("cluster")).values()[10] > 0
                ? (int) ((com.stratum.features.NumericColumn) a.frame().column("cluster")).values()[10] : -1;
        ClusterProfile p = r.profiles().get(c - 1);
        assertThat(p.size()).isEqualTo(5);
        assertThat(p.means()[0]).isCloseTo(20.5, within(1e-9));
        assertThat(p.overallMeans()[0]).isCloseTo(10.5, within(1e-9));
        assertThat(p.zScores()[0]).isPositive();
        assertThat(p.zScores()[1]).isNegative();
    }

    @Test
    void fixedSeedIsDeterministicAndClusterNamesAreUsed() {
        ClusteringSpec spec = ClusteringSpec.fixedK(List.of("x", "y"), 3, 11L).withClusterNames(List.of("One", "Two", "Three"));
        Definition d = new Definition("k", 1, "clustering", null, null, spec, List.of(), null, null, null);
        Assignment a1 = Evaluator.evaluate(d, frame());
        Assignment a2 = Evaluator.evaluate(d, frame());
        assertThat(a1.segmentOfRow()).containsExactly(a2.segmentOfRow());
        assertThat(a1.segments().stream().limit(3).map(s -> s.name())).containsExactly("One", "Two", "Three");
        assertThat(a1.clusters().orElseThrow().silhouetteByK()).isEmpty();
    }

    @Test
    void silhouetteByHandOnFourPoints() {
        // 1-D points 0, 1 (cluster 0) and 5, 6 (cluster 1). For 0: a = 1, b = (5 + 6) / 2 = 5.5, s = 4.5 / 5.5.
        // For 1: a = 1, b = (4 + 5) / 2 = 4.5, s = 3.5 / 4.5. By symmetry 6 and 5 give the same two values.
        double[] x = {0, 1, 5, 6};
        double s = KMeans.silhouette(x, 1, new int[]{0, 1, 2, 3}, new int[]{0, 0, 1, 1}, 2);
        assertThat(s).isCloseTo((4.5 / 5.5 + 3.5 / 4.5) / 2, within(1e-12));
    }
}
