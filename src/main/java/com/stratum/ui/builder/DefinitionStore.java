package com.stratum.ui.builder;

import com.stratum.engine.BuiltInDefinitions;
import com.stratum.engine.definition.Definition;
import com.stratum.workspace.DefinitionInfo;
import com.stratum.workspace.DefinitionRepository;
import com.stratum.workspace.Workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the builder keeps definitions: the workspace's repository, or memory in tests. */
public interface DefinitionStore {

    /** Built-ins first, then saved ones; each at its latest version. */
    List<DefinitionInfo> list();

    Optional<Definition> latest(String name);

    /** Saves as the next version and returns what was stored. */
    Definition save(Definition d);

    void delete(String name);

    static DefinitionStore of(Workspace ws) {
        DefinitionRepository repo = new DefinitionRepository(ws);
        return new DefinitionStore() {
            @Override
            public List<DefinitionInfo> list() {
                return repo.list();
            }

            @Override
            public Optional<Definition> latest(String name) {
                return repo.latest(name);
            }

            @Override
            public Definition save(Definition d) {
                return repo.save(d);
            }

            @Override
            public void delete(String name) {
                repo.delete(name);
            }
        };
    }

    /** Built-ins plus what is saved during the session (tests, or no workspace open). */
    static DefinitionStore inMemory() {
        Map<String, Definition> saved = new LinkedHashMap<>();
        return new DefinitionStore() {
            @Override
            public List<DefinitionInfo> list() {
                Map<String, DefinitionInfo> out = new LinkedHashMap<>();
                for (Definition d : BuiltInDefinitions.all()) {
                    out.put(d.name(), new DefinitionInfo(d.name(), 0, true, d.family(), d.description(), null));
                }
                for (Definition d : saved.values()) {
                    out.put(d.name(), new DefinitionInfo(d.name(), d.version(), BuiltInDefinitions.isBuiltIn(d.name()),
                            d.family(), d.description(), null));
                }
                return new ArrayList<>(out.values());
            }

            @Override
            public Optional<Definition> latest(String name) {
                Definition d = saved.get(name);
                return d != null ? Optional.of(d) : BuiltInDefinitions.find(name);
            }

            @Override
            public Definition save(Definition d) {
                Definition prev = saved.get(d.name());
                Definition s = d.withVersion(prev == null ? 1 : prev.version() + 1);
                saved.put(d.name(), s);
                return s;
            }

            @Override
            public void delete(String name) {
                saved.remove(name);
            }
        };
    }
}
