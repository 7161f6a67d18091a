package com.stratum.engine.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Reads and writes definitions as JSON (the workspace column and the .json files analysts exchange). */
public final class DefinitionJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DefinitionJson() {
    }

    public static String write(Definition d) {
        try {
            return MAPPER.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write definition " + d.name() + " as JSON", e);
        }
    }

    /** Parses a definition; a malformed document gives a {@link DefinitionException} naming line and column. */
    public static Definition read(String json) {
        try {
            return MAPPER.readValue(json, Definition.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new DefinitionException("Not a valid segmentation definition" + where + ": " + e.getOriginalMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DefinitionException("Not a valid segmentation definition: " + e.getMessage());
        }
    }
}
