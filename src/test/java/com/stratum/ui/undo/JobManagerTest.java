package com.stratum.ui.undo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JobManagerTest {

    /** Appends a word to a shared list; undo removes it. */
    private static Job append(List<String> doc, String word) {
        return new Job() {
            @Override
            public void execute() {
                doc.add(word);
            }

            @Override
            public void undo() {
                doc.remove(doc.size() - 1);
            }

            @Override
            public String description() {
                return "add " + word;
            }
        };
    }

    @Test
    void undoAndRedoWalkTheHistory() {
        List<String> doc = new ArrayList<>();
        JobManager jobs = new JobManager();
        jobs.push(append(doc, "a"));
        jobs.push(append(doc, "b"));
        assertThat(doc).containsExactly("a", "b");
        assertThat(jobs.undoDescription()).isEqualTo("add b");

        jobs.undo();
        assertThat(doc).containsExactly("a");
        assertThat(jobs.canRedoProperty().get()).isTrue();
        assertThat(jobs.redoDescription()).isEqualTo("add b");

        jobs.redo();
        assertThat(doc).containsExactly("a", "b");

        jobs.undo();
        jobs.push(append(doc, "c")); // a new edit forgets what could be redone
        assertThat(doc).containsExactly("a", "c");
        assertThat(jobs.canRedoProperty().get()).isFalse();
        assertThat(jobs.revisionProperty().get()).isEqualTo(6); // 3 pushes + 2 undos + 1 redo
    }

    @Test
    void theUndoStackIsBounded() {
        List<String> doc = new ArrayList<>();
        JobManager jobs = new JobManager(2);
        jobs.push(append(doc, "a"));
        jobs.push(append(doc, "b"));
        jobs.push(append(doc, "c"));
        jobs.undo();
        jobs.undo();
        jobs.undo(); // only two edits remembered: "a" stays
        assertThat(doc).containsExactly("a");
        assertThat(jobs.canUndoProperty().get()).isFalse();
    }
}
