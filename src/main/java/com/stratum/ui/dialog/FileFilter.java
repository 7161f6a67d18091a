package com.stratum.ui.dialog;

import java.util.List;

/** A file-type choice in a file dialog: a description (from the bundle) and patterns like "*.xlsx". */
public record FileFilter(String description, List<String> patterns) {
}
