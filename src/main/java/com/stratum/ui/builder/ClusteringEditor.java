package com.stratum.ui.builder;

import com.stratum.engine.ClusterProfile;
import com.stratum.engine.ClusterResult;
import com.stratum.engine.definition.ClusteringSpec;
import com.stratum.ui.charts.ChartText;
import com.stratum.ui.charts.LineData;
import com.stratum.ui.charts.SimpleLineChart;
import com.stratum.ui.charts.ViewTexts;
import com.stratum.ui.results.CellFormat;
import com.stratum.ui.results.FeatureLabels;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * Clustering: choose the features and k (or let the silhouette suggest it), see the silhouette by
 * k, then name each cluster from its profile (the cluster's means against everyone's).
 */
final class ClusteringEditor {

    private final BuilderViewModel vm;
    private final ViewTexts texts;
    private final FeatureLabels labels;
    private final VBox root = new VBox(10);

    ClusteringEditor(BuilderViewModel vm, ViewTexts texts) {
        this.vm = vm;
        this.texts = texts;
        this.labels = new FeatureLabels(texts);
        root.setPadding(new Insets(12));
        root.setId("clustering-editor");
        vm.definitionProperty().addListener((o, a, b) -> {
            if (a == null || b == null || !java.util.Objects.equals(a.clustering(), b.clustering())) {
                rebuild();
            }
        });
        vm.previewProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    Node node() {
        ScrollPane s = new ScrollPane(root);
        s.setFitToWidth(true);
        return s;
    }

    private void rebuild() {
        root.getChildren().clear();
        if (vm.definition() == null) {
            return;
        }
        ClusteringSpec spec = vm.definition().clustering();
        if (spec == null) {
            Button add = new Button(texts.get("clustering.add"));
            add.setId("clustering-add");
            add.setOnAction(e -> vm.setClustering(ClusteringSpec.suggestK(
                    List.of("recency_days", "frequency", "monetary"), 2, 8, 42L)));
            root.getChildren().addAll(new Label(texts.get("clustering.none")), add);
            return;
        }
        FlowPane features = new FlowPane(10, 6);
        for (String f : vm.fields()) {
            if (vm.stats(f).map(s -> s.kind() == FieldKind.NUMBER).orElse(false)
                    && !f.equals("cluster")) {
                CheckBox box = new CheckBox(labels.apply(f));
                box.setSelected(spec.features().contains(f));
                box.setOnAction(e -> {
                    List<String> next = new ArrayList<>(spec.features());
                    if (box.isSelected()) {
                        next.add(f);
                    } else {
                        next.remove(f);
                    }
                    if (!next.isEmpty()) {
                        vm.setClustering(new ClusteringSpec(next, spec.k(), spec.kMin(), spec.kMax(), spec.seed(),
                                spec.maxIterations(), spec.sampleSize(), spec.clusterNames()));
                    }
                });
                features.getChildren().add(box);
            }
        }
        CheckBox auto = new CheckBox(texts.get("clustering.suggest"));
        auto.setSelected(spec.k() == null);
        Spinner<Integer> k = new Spinner<>(2, 20, spec.k() == null ? 4 : spec.k());
        k.setPrefWidth(80);
        k.setDisable(spec.k() == null);
        auto.setOnAction(e -> vm.setClustering(spec.withK(auto.isSelected() ? null : k.getValue())));
        k.valueProperty().addListener((o, a, b) -> vm.setClustering(spec.withK(b)));
        HBox kRow = new HBox(8, auto, new Label(texts.get("clustering.k")), k);
        kRow.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(new Label(texts.get("clustering.features")), features, kRow);

        BuilderPreview p = vm.previewProperty().get();
        ClusterResult result = p == null || p.assignment() == null ? null : p.assignment().clusters().orElse(null);
        if (result == null) {
            return;
        }
        if (!result.silhouetteByK().isEmpty()) {
            double[] xs = result.silhouetteByK().keySet().stream().mapToDouble(Integer::doubleValue).toArray();
            double[] ys = result.silhouetteByK().values().stream().mapToDouble(Double::doubleValue).toArray();
            var chart = SimpleLineChart.create(ChartText.of(texts, "chart.silhouette."),
                    new LineData(texts.get("chart.silhouette.y"), xs, ys));
            chart.setPrefHeight(220);
            if (chart.getXAxis() instanceof javafx.scene.chart.NumberAxis kAxis) {
                // k is a whole number: one tick per k, no 2.5 clusters
                kAxis.setAutoRanging(false);
                kAxis.setLowerBound(java.util.Arrays.stream(xs).min().orElse(2) - 0.5);
                kAxis.setUpperBound(java.util.Arrays.stream(xs).max().orElse(2) + 0.5);
                kAxis.setTickUnit(1);
                kAxis.setMinorTickVisible(false);
            }
            root.getChildren().addAll(new Label(texts.get("clustering.silhouette", result.suggestedK())), chart);
        }
        root.getChildren().add(new Label(texts.get("clustering.profiles")));
        CellFormat fmt = new CellFormat(texts.locale());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        List<ClusterProfile> profiles = result.profiles();
        for (int c = 0; c < profiles.size(); c++) {
            ClusterProfile prof = profiles.get(c);
            String current = spec.clusterNames() != null && spec.clusterNames().size() > c
                    ? spec.clusterNames().get(c) : texts.get("clustering.defaultName", c + 1);
            TextField name = new TextField(current);
            name.setId("cluster-name-" + c);
            int index = c;
            name.setOnAction(e -> rename(spec, profiles.size(), index, name.getText()));
            name.focusedProperty().addListener((o, was, is) -> {
                if (!is && !name.getText().equals(current)) {
                    rename(spec, profiles.size(), index, name.getText());
                }
            });
            StringBuilder b = new StringBuilder(texts.get("clustering.size", fmt.integer(prof.size())));
            for (int f = 0; f < prof.features().size(); f++) {
                double ratio = prof.overallMeans()[f] == 0 ? Double.NaN : prof.means()[f] / prof.overallMeans()[f] * 100;
                b.append("  ·  ").append(labels.apply(prof.features().get(f))).append(' ')
                        .append(fmt.number(prof.means()[f])).append(" (").append(fmt.number(ratio)).append(')');
            }
            name.setPrefColumnCount(14);
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label profile = new Label(b.toString());
            profile.setWrapText(true); // the whole profile is what the analyst names the cluster from
            profile.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            GridPane.setValignment(name, javafx.geometry.VPos.TOP);
            grid.addRow(c, name, profile);
        }
        javafx.scene.layout.ColumnConstraints nameColumn = new javafx.scene.layout.ColumnConstraints();
        nameColumn.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints profileColumn = new javafx.scene.layout.ColumnConstraints();
        profileColumn.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        profileColumn.setMinWidth(200);
        grid.getColumnConstraints().setAll(nameColumn, profileColumn);
        grid.setVgap(8);
        root.getChildren().add(grid);
    }

    private void rename(ClusteringSpec spec, int k, int index, String name) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            names.add(spec.clusterNames() != null && spec.clusterNames().size() > i ? spec.clusterNames().get(i)
                    : texts.get("clustering.defaultName", i + 1));
        }
        names.set(index, name.strip());
        vm.setClustering(spec.withClusterNames(names));
    }

}
