package com.stratum.cli;

import com.stratum.engine.definition.Definition;
import com.stratum.engine.definition.DefinitionException;
import com.stratum.engine.definition.DefinitionJson;
import com.stratum.workspace.DefinitionInfo;
import com.stratum.workspace.DefinitionRepository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/** Resolves a `--definition` argument: a .json file, or a name (saved latest version, else built-in). */
final class DefinitionSource {

    private DefinitionSource() {
    }

    static boolean looksLikeFile(String arg) {
        return arg.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    static Definition resolve(String arg, DefinitionRepository repo) {
        if (looksLikeFile(arg)) {
            return readFile(Path.of(arg));
        }
        return repo.latest(arg).orElseThrow(() -> new BadInputException("Unknown definition '" + arg
                + "'. Known: " + repo.list().stream().map(DefinitionInfo::name).collect(Collectors.joining(", "))
                + " (or give a .json file)."));
    }

    static Definition readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("The definition file " + file + " does not exist.");
        }
        try {
            return DefinitionJson.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (DefinitionException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new BadInputException("Cannot read the definition file " + file + ": " + e.getMessage());
        }
    }
}
