package com.stratum.ui.builder;

import com.stratum.engine.Evaluator;
import com.stratum.engine.definition.Condition;
import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.Group;
import com.stratum.engine.definition.Operator;
import com.stratum.ui.charts.ViewTexts;
import com.stratum.ui.results.CellFormat;
import com.stratum.ui.results.FeatureLabels;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A segment's criteria tree as nested cards: each group shows AND/OR, NOT, its count and buttons to
 * add a condition or a group; each condition shows field, operator, a value editor fitted to the
 * field, NOT, its count and delete. Conditions and groups can be dragged into another group.
 * Counts update in place when a new preview arrives; the cards are rebuilt only when the tree changes.
 */
final class CriteriaEditor {

    static final DataFormat PATH = new DataFormat("application/x-stratum-criteria-path");

    private final BuilderViewModel vm;
    private final ViewTexts texts;
    private final FeatureLabels labels;
    private final CellFormat format;
    private final int segment;
    private final Map<CriteriaPath, Label> counts = new HashMap<>();
    private final VBox root = new VBox();

    CriteriaEditor(BuilderViewModel vm, ViewTexts texts, int segment) {
        this.vm = vm;
        this.texts = texts;
        this.labels = new FeatureLabels(texts);
        this.format = new CellFormat(texts.locale());
        this.segment = segment;
        root.getChildren().add(group(vm.tree(segment), CriteriaPath.ROOT));
        root.setId("criteria-editor");
    }

    Node node() {
        return root;
    }

    /** Writes each node's count and revenue share from a preview. */
    void showPreview(BuilderPreview p) {
        if (p == null || !p.ok() || p.segment() != segment) {
            return;
        }
        for (Map.Entry<CriteriaPath, Label> e : counts.entrySet()) {
            Evaluator.Match m = p.nodes().get(e.getKey());
            if (m != null) {
                e.getValue().setText(texts.get("builder.matches", format.integer(m.count()),
                        format.percent(p.revenueShare(m.revenueCents()))));
            }
        }
    }

    private Node group(Group g, CriteriaPath path) {
        VBox card = new VBox(6);
        card.getStyleClass().addAll("criteria-group", g.logic() == Group.Logic.OR ? "or-group" : "and-group");
        card.setId("group-" + pathId(path));
        ToggleButton and = new ToggleButton(texts.get("builder.and"));
        ToggleButton or = new ToggleButton(texts.get("builder.or"));
        and.setId("logic-and-" + pathId(path));
        or.setId("logic-or-" + pathId(path));
        and.setSelected(g.logic() == Group.Logic.AND);
        or.setSelected(g.logic() == Group.Logic.OR);
        and.setOnAction(e -> vm.setLogic(segment, path, Group.Logic.AND));
        or.setOnAction(e -> vm.setLogic(segment, path, Group.Logic.OR));
        and.getStyleClass().add("left-pill");
        or.getStyleClass().add("right-pill");
        HBox logic = new HBox(0, and, or);
        ToggleButton not = negateButton(g.negate(), path);
        Label hint = new Label(texts.get(g.logic() == Group.Logic.AND ? "builder.allOf" : "builder.anyOf"));
        hint.getStyleClass().add("text-muted");
        Label count = countLabel(path);
        MenuButton addCondition = new MenuButton(texts.get("builder.addCondition"), new FontIcon(Material2AL.ADD));
        addCondition.setId("add-condition-" + pathId(path));
        for (String f : vm.fields()) {
            MenuItem item = new MenuItem(labels.apply(f));
            item.setId("field-" + f);
            item.setOnAction(e -> vm.addCondition(segment, path, f));
            addCondition.getItems().add(item);
        }
        Button addGroup = new Button(texts.get("builder.addGroup"), new FontIcon(Material2AL.ACCOUNT_TREE));
        addGroup.setId("add-group-" + pathId(path));
        addGroup.setOnAction(e -> vm.addGroup(segment, path, g.logic() == Group.Logic.AND ? Group.Logic.OR : Group.Logic.AND));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, logic, not, spacer, count);
        HBox actions = new HBox(6, addCondition, addGroup);
        if (!path.isRoot()) {
            actions.getChildren().add(deleteButton(path));
            makeDraggable(header, path);
        }
        header.setAlignment(Pos.CENTER_LEFT);
        actions.setAlignment(Pos.CENTER_LEFT);
        keepWidth(and, or, not, addCondition, addGroup);
        count.setMinWidth(40);
        // the hint ("any of the conditions below...") gets its own line and wraps rather than being cut
        hint.setMinWidth(0);
        hint.setWrapText(true);
        card.getChildren().addAll(header, hint, actions);
        for (int i = 0; i < g.children().size(); i++) {
            Criterion child = g.children().get(i);
            CriteriaPath p = path.child(i);
            Node n = child instanceof Group cg ? group(cg, p) : condition((Condition) child, p);
            VBox.setMargin(n, new Insets(0, 0, 0, 16));
            card.getChildren().add(n);
        }
        if (g.children().isEmpty()) {
            Label empty = new Label(texts.get(g.logic() == Group.Logic.AND ? "builder.emptyAnd" : "builder.emptyOr"));
            empty.getStyleClass().add("text-muted");
            VBox.setMargin(empty, new Insets(0, 0, 0, 16));
            card.getChildren().add(empty);
        }
        acceptDrops(card, path);
        return card;
    }

    private Node condition(Condition c, CriteriaPath path) {
        FieldStats stats = vm.stats(c.feature()).orElse(null);
        FieldKind kind = stats == null ? FieldKind.NUMBER : stats.kind();
        FontIcon handle = new FontIcon(Material2AL.DRAG_INDICATOR);
        handle.getStyleClass().add("drag-handle");
        ComboBox<String> field = new ComboBox<>();
        field.setId("condition-field-" + pathId(path));
        field.getItems().setAll(vm.fields());
        field.setConverter(converter(labels::apply));
        field.setValue(c.feature());
        field.setOnAction(e -> {
            if (field.getValue() != null && !field.getValue().equals(c.feature())) {
                Condition fresh = vm.defaultCondition(field.getValue());
                vm.setCondition(segment, path, c.negate() ? fresh.not() : fresh);
            }
        });
        ComboBox<Operator> op = new ComboBox<>();
        op.setId("condition-op-" + pathId(path));
        op.getItems().setAll(kind.operators());
        if (!op.getItems().contains(c.op())) {
            op.getItems().add(c.op());
        }
        op.setConverter(converter(o -> texts.get("op." + o.name())));
        op.setValue(c.op());
        op.setOnAction(e -> {
            if (op.getValue() != null && op.getValue() != c.op()) {
                vm.setCondition(segment, path, withOperator(c, op.getValue(), stats));
            }
        });
        Node value = ValueEditors.create(c, stats, texts, next -> vm.setCondition(segment, path, next));
        HBox.setHgrow(value, Priority.ALWAYS);
        ToggleButton not = negateButton(c.negate(), path);
        Label count = countLabel(path);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        field.setPrefWidth(170);
        op.setPrefWidth(120);
        Button delete = deleteButton(path);
        keepWidth(not, delete);
        field.setMinWidth(110);
        op.setMinWidth(80);
        count.setMinWidth(40);
        // the field and operator get the row; the live count sits on its own line under them, so
        // neither is cut off in the narrow editor at 1280x800
        field.setMaxWidth(280);
        HBox.setHgrow(field, Priority.SOMETIMES);
        HBox top = new HBox(8, handle, field, op, not, gap, delete);
        top.setAlignment(Pos.CENTER_LEFT);
        count.setMaxWidth(Double.MAX_VALUE);
        count.setAlignment(Pos.CENTER_RIGHT);
        VBox row = new VBox(4, top, value, count);
        VBox.setMargin(value, new Insets(0, 0, 0, 22));
        VBox.setMargin(count, new Insets(0, 4, 0, 22));
        row.getStyleClass().add("criteria-condition");
        row.setId("condition-" + pathId(path));
        makeDraggable(top, path);
        return row;
    }

    /** The condition with a new operator, keeping what still fits (a range becomes its lower bound). */
    static Condition withOperator(Condition c, Operator op, FieldStats stats) {
        Condition out = switch (op) {
            case BETWEEN -> Condition.between(c.feature(), c.value() != null ? c.value() : stats == null ? 0 : stats.min(),
                    c.max() != null ? c.max() : stats == null ? 1 : stats.max());
            case LT, LE, GT, GE, EQ, NE -> Condition.compare(c.feature(), op,
                    c.value() != null ? c.value() : stats == null ? 0 : stats.min());
            case IN, NOT_IN -> new Condition(c.feature(), op, null, null, c.values() == null ? List.of() : c.values(),
                    null, null, null, false);
            case CONTAINS, EQUALS -> new Condition(c.feature(), op, null, null, null, c.text() == null ? "" : c.text(),
                    null, null, false);
            case DATE_BETWEEN -> new Condition(c.feature(), op, null, null, null, null, c.from(), c.to(), false);
            case IS_EMPTY -> Condition.isEmpty(c.feature());
            case NOT_EMPTY -> Condition.notEmpty(c.feature());
        };
        return c.negate() ? out.not() : out;
    }

    /** Buttons and boxes never shrink below their text (the row wraps instead). */
    private static void keepWidth(javafx.scene.layout.Region... nodes) {
        for (javafx.scene.layout.Region n : nodes) {
            n.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
    }

    private ToggleButton negateButton(boolean negated, CriteriaPath path) {
        ToggleButton not = new ToggleButton(texts.get("builder.not"));
        not.setId("negate-" + pathId(path));
        not.setSelected(negated);
        not.setTooltip(new Tooltip(texts.get("builder.notTip")));
        not.setOnAction(e -> vm.toggleNegate(segment, path));
        return not;
    }

    private Button deleteButton(CriteriaPath path) {
        Button delete = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
        delete.setId("delete-" + pathId(path));
        delete.getStyleClass().addAll("flat", "button-icon");
        delete.setTooltip(new Tooltip(texts.get("builder.delete")));
        delete.setOnAction(e -> vm.removeNode(segment, path));
        return delete;
    }

    private Label countLabel(CriteriaPath path) {
        Label l = new Label("…");
        l.getStyleClass().add("preview-count");
        l.setId("count-" + pathId(path));
        counts.put(path, l);
        return l;
    }

    private void makeDraggable(Node handle, CriteriaPath path) {
        handle.setOnDragDetected(e -> {
            Dragboard db = handle.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(PATH, pathId(path));
            db.setContent(content);
            e.consume();
        });
    }

    private void acceptDrops(Node target, CriteriaPath groupPath) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(PATH)) {
                CriteriaPath from = parse((String) e.getDragboard().getContent(PATH));
                if (!groupPath.startsWith(from) && !groupPath.equals(from.parent())) {
                    e.acceptTransferModes(TransferMode.MOVE);
                    target.getStyleClass().add("drop-target");
                }
            }
            e.consume();
        });
        target.setOnDragExited(e -> target.getStyleClass().remove("drop-target"));
        target.setOnDragDropped(e -> {
            boolean ok = false;
            if (e.getDragboard().hasContent(PATH)) {
                CriteriaPath from = parse((String) e.getDragboard().getContent(PATH));
                vm.moveNode(segment, from, groupPath);
                ok = true;
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Node ids for tests and drag data: "root", "0", "1-0" ... */
    static String pathId(CriteriaPath p) {
        if (p.isRoot()) {
            return "root";
        }
        StringBuilder b = new StringBuilder();
        for (int i : p.indices()) {
            if (b.length() > 0) {
                b.append('-');
            }
            b.append(i);
        }
        return b.toString();
    }

    static CriteriaPath parse(String id) {
        if (id.equals("root")) {
            return CriteriaPath.ROOT;
        }
        String[] parts = id.split("-");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i]);
        }
        return new CriteriaPath(out);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
