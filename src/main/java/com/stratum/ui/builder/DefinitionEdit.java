package com.stratum.ui.builder;

import com.stratum.engine.definition.Definition;
import com.stratum.ui.undo.Job;

import java.util.function.Consumer;

/** One edit of the definition being built: the whole definition before and after (they are immutable). */
final class DefinitionEdit implements Job {

    private final String description;
    private final Definition before;
    private final Definition after;
    private final Consumer<Definition> apply;

    DefinitionEdit(String description, Definition before, Definition after, Consumer<Definition> apply) {
        this.description = description;
        this.before = before;
        this.after = after;
        this.apply = apply;
    }

    @Override
    public void execute() {
        apply.accept(after);
    }

    @Override
    public void undo() {
        apply.accept(before);
    }

    @Override
    public String description() {
        return description;
    }
}
