package com.stratum.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code <mergeCell ref="C1:D1"/>} entries of one sheet of an .xlsx. The sheet reader stops at the
 * end of the rows and these sit after them, so this scans the sheet's XML once on its own; the
 * import asks only when the header row has empty cells (a merged header leaves them empty).
 */
final class XlsxMergedCells {

    private static final byte[] MERGE_CELL = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] REF = "ref".getBytes(StandardCharsets.US_ASCII);
    /** A mergeCell tag holds one short reference; nothing in a sheet needs long texts here. */
    private static final long MAX_TEXT_BYTES = 1 << 20;

    private XlsxMergedCells() {
    }

    /** The merged regions starting at or above {@code maxFirstRow}; what was found before a damaged part. */
    static List<MergedRegion> read(XlsxPackage pkg, String sheetEntry, long maxFirstRow) {
        List<MergedRegion> out = new ArrayList<>();
        try (XmlScanner x = new XmlScanner(pkg.open(sheetEntry), sheetEntry, MAX_TEXT_BYTES)) {
            while (x.next()) {
                if (x.isStart(MERGE_CELL)) {
                    String ref = x.attributeValue(x.attribute(REF));
                    MergedRegion r = ref == null ? null : MergedRegion.parse(ref);
                    if (r != null && r.firstRow() <= maxFirstRow) {
                        out.add(r);
                    }
                }
            }
        } catch (IOException e) {
            // a damaged sheet: the reader itself reports it; the header simply gets no merged names
        }
        return out;
    }
}
