package com.stratum.ui.builder;

import com.stratum.engine.definition.Criterion;
import com.stratum.engine.definition.Group;

import java.util.ArrayList;
import java.util.List;

/**
 * Edits of a criteria tree by path. The engine's criteria are immutable records, so every edit
 * returns a new root (which makes undo a matter of keeping the old one).
 */
public final class CriteriaTrees {

    private CriteriaTrees() {
    }

    /** The segment's criteria as an editable root group: null is an empty AND, a lone condition is wrapped. */
    public static Group root(Criterion criteria) {
        if (criteria == null) {
            return new Group(Group.Logic.AND, false, List.of());
        }
        if (criteria instanceof Group g) {
            return g;
        }
        return new Group(Group.Logic.AND, false, List.of(criteria));
    }

    public static Criterion get(Group root, CriteriaPath path) {
        Criterion node = root;
        for (int i : path.indices()) {
            node = ((Group) node).children().get(i);
        }
        return node;
    }

    /** The tree with the node at {@code path} replaced. */
    public static Group replace(Group root, CriteriaPath path, Criterion node) {
        if (path.isRoot()) {
            return (Group) node;
        }
        Group parent = (Group) get(root, path.parent());
        List<Criterion> kids = new ArrayList<>(parent.children());
        kids.set(path.last(), node);
        return replace(root, path.parent(), new Group(parent.logic(), parent.negate(), kids));
    }

    /** The tree with {@code node} inserted into the group at {@code groupPath} at {@code index} (-1 = at the end). */
    public static Group insert(Group root, CriteriaPath groupPath, int index, Criterion node) {
        Group group = (Group) get(root, groupPath);
        List<Criterion> kids = new ArrayList<>(group.children());
        kids.add(index < 0 || index > kids.size() ? kids.size() : index, node);
        return replace(root, groupPath, new Group(group.logic(), group.negate(), kids));
    }

    public static Group remove(Group root, CriteriaPath path) {
        Group parent = (Group) get(root, path.parent());
        List<Criterion> kids = new ArrayList<>(parent.children());
        kids.remove(path.last());
        return replace(root, path.parent(), new Group(parent.logic(), parent.negate(), kids));
    }

    /**
     * Moves the node at {@code from} to the end of the group at {@code toGroup}. Moving a group into
     * itself or its own descendants is refused (returns the tree unchanged).
     */
    public static Group move(Group root, CriteriaPath from, CriteriaPath toGroup) {
        if (from.isRoot() || toGroup.startsWith(from) || toGroup.equals(from.parent())) {
            return root;
        }
        // append first: adding at the end of a group shifts no existing node, so {@code from} still
        // points at the original, which is then removed
        Group inserted = insert(root, toGroup, -1, get(root, from));
        return remove(inserted, from);
    }

    /** Counts the conditions (leaves) of a tree. */
    public static int conditions(Criterion node) {
        if (node instanceof Group g) {
            int n = 0;
            for (Criterion c : g.children()) {
                n += conditions(c);
            }
            return n;
        }
        return 1;
    }
}
