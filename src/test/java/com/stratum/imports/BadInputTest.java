package com.stratum.imports;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static com.stratum.imports.TestSheets.row;
import static com.stratum.imports.TestSheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every bad input gets a message naming the file (and sheet, row, column where they apply), never
 * a raw exception, and the workspace, which already holds a dataset, is exactly as before.
 */
class BadInputTest extends ImportTestSupport {

    private String before;

    @BeforeEach
    void importSomethingToLose() throws Exception {
        importFile(text("good.csv", "customer id,date,amount\nC1,2024-01-01,5\n", StandardCharsets.UTF_8));
        before = snapshot();
    }

    private void assertRefused(Path f, String... messageParts) throws Exception {
        assertRefused(f, new ImportOptions(), messageParts);
    }

    private void assertRefused(Path f, ImportOptions o, String... messageParts) throws Exception {
        assertThatThrownBy(() -> importFile(f, o))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining(f.getFileName().toString())
                .satisfies(e -> {
                    for (String part : messageParts) {
                        assertThat(e.getMessage()).contains(part);
                    }
                });
        assertThat(snapshot()).isEqualTo(before);
    }

    private Path goodXlsx(String name) throws Exception {
        return TestSheets.xlsx(dir.resolve(name), sheet("S", row("Customer ID", "Date", "Amount"),
                row("A", "2024-01-01", 1), row("B", "2024-01-02", 2)));
    }

    @Test
    void truncatedWorkbook() throws Exception {
        byte[] full = Files.readAllBytes(goodXlsx("full.xlsx"));
        Path f = bytes("truncated.xlsx", Arrays.copyOf(full, full.length / 2));
        assertRefused(f, "damaged or truncated");
    }

    @Test
    void corruptedSheetXml() throws Exception {
        Path f = dir.resolve("corrupt.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override"
                    .getBytes(StandardCharsets.UTF_8)); // cut in the middle of an element
            z.putNextEntry(new ZipEntry("xl/workbook.xml"));
            z.write("<workbook".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(f, "damaged");
    }

    @Test
    void wordDocumentRenamedXlsx() throws Exception {
        // a .docx is an OOXML package too: content types, package relationships, an officeDocument part
        Path f = dir.resolve("letter.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(f, "not an Excel workbook");
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        byte[] plain = Files.readAllBytes(goodXlsx("plain.xlsx"));
        Path f = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("s3cret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(f, "password-protected");
    }

    @Test
    void randomBytesRenamedXlsx() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[0] = 'x'; // not by chance a zip or OLE2 signature
        assertRefused(bytes("noise.xlsx", noise), "not an Excel workbook");
    }

    @Test
    void binaryFileNamedCsv() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 'x';
        noise[10] = 0;
        assertRefused(bytes("noise.csv", noise), "not a text");
    }

    @Test
    void emptyFileAndEmptySheets() throws Exception {
        assertRefused(bytes("zero.csv"), "empty");
        assertRefused(text("blank.csv", "\n\n , ,\n", StandardCharsets.UTF_8), "empty");
        Path f = TestSheets.xlsx(dir.resolve("nothing.xlsx"), sheet("Leer"));
        assertRefused(f, "sheet \"Leer\"", "empty");
        assertRefused(text("header-only.csv", "customer id,date,amount\n", StandardCharsets.UTF_8), "no data rows");
    }

    @Test
    void zipBombIsRefusedBeforeInflating() throws Exception {
        Path f = dir.resolve("bomb.xlsx");
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("xl/workbook.xml"));
            z.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            for (int i = 0; i < 16; i++) { // 16 MB of zeros deflate to about 16 KB: ratio ~1000
                z.write(zeros);
            }
        }
        assertThat(Files.size(f)).isLessThan(100_000);
        assertRefused(f, "zip bomb");
    }

    /**
     * A zip bomb whose sizes lie: the sheet entry declares its original few hundred bytes but
     * inflates to 40 MB (whitespace between rows, legal XML, about 40 KB deflated: ratio ~1000).
     * The declared-size check passes it; counting the inflated bytes refuses it.
     */
    @Test
    void zipBombWithALyingDeclaredSizeIsCaughtWhileInflating() throws Exception {
        Path good = goodXlsx("honest.xlsx");
        Path f = dir.resolve("liar.xlsx");
        String sheetEntry = "xl/worksheets/sheet1.xml";
        long declared;
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(good.toFile());
             ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            declared = in.getEntry(sheetEntry).getSize();
            for (java.util.Enumeration<? extends ZipEntry> en = in.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                byte[] content = in.getInputStream(e).readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(sheetEntry)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int cut = xml.indexOf("</sheetData>");
                    z.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        z.write(spaces);
                    }
                    z.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    z.write(content);
                }
            }
        }
        byte[] zip = Files.readAllBytes(f);
        patchCentralDirectorySize(zip, sheetEntry, declared);
        Files.write(f, zip);
        try (java.util.zip.ZipFile check = new java.util.zip.ZipFile(f.toFile())) {
            assertThat(check.getEntry(sheetEntry).getSize()).isEqualTo(declared); // the lie is in place
        }
        assertThat(Files.size(f)).isLessThan(200_000);
        assertRefused(f, "expands to far more data than a spreadsheet holds");
    }

    /** Overwrites the uncompressed size of one entry in the zip's central directory. */
    private static void patchCentralDirectorySize(byte[] zip, String entry, long size) {
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x01 && zip[i + 3] == 0x02) {
                int nameLen = (zip[i + 28] & 0xff) | (zip[i + 29] & 0xff) << 8;
                if (nameLen == name.length && Arrays.equals(Arrays.copyOfRange(zip, i + 46, i + 46 + nameLen), name)) {
                    for (int k = 0; k < 4; k++) {
                        zip[i + 24 + k] = (byte) (size >>> (8 * k));
                    }
                    return;
                }
            }
        }
        throw new IllegalStateException("entry not found: " + entry);
    }

    @Test
    void transactionsWithoutCustomerIdOrDateRole() throws Exception {
        Path noId = text("noid.csv", "when,amount\n2024-01-01,5\n", StandardCharsets.UTF_8);
        assertRefused(noId, new ImportOptions().kind(com.stratum.workspace.DatasetKind.TRANSACTIONS),
                "no column for the customer id", "--map customer_id=");
        Path noDate = text("nodate.csv", "customer id,amount,day\nC1,5,Monday\n", StandardCharsets.UTF_8);
        assertRefused(noDate, new ImportOptions().kind(com.stratum.workspace.DatasetKind.TRANSACTIONS),
                "no column for the transaction date", "--map date=");
        Path nothing = text("nothing.csv", "a,b\n1,2\n", StandardCharsets.UTF_8);
        assertRefused(nothing, "cannot tell whether this sheet holds transactions or customers");
    }

    @Test
    void unclosedQuoteDoesNotSwallowMemory() throws Exception {
        // a quote opened on row 2 and never closed: the field would run to the end of a 2 MB file
        StringBuilder b = new StringBuilder("customer id,date,amount\nC1,\"2024-01-01,5\n");
        while (b.length() < (2 << 20)) {
            b.append("C2,2024-01-02,6\n");
        }
        assertRefused(text("open-quote.csv", b.toString(), StandardCharsets.UTF_8), "row 2", "quote");
    }

    @Test
    void passwordProtectedXls() throws Exception {
        Path f = dir.resolve("secret.xls");
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("s3cret");
        try {
            TestSheets.xls(f, sheet("S", row("Customer ID", "Date", "Amount"), row("A", "2024-01-01", 1)));
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertRefused(f, "password-protected");
    }

    @Test
    void messagesAreAlsoInChinese() throws Exception {
        Path f = TestSheets.xlsx(dir.resolve("leer.xlsx"), sheet("Sheet A"));
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class, () -> importFile(f));
        assertThat(e.getMessage()).isEqualTo("leer.xlsx, sheet \"Sheet A\": the sheet is empty (no rows with values).");
        assertThat(e.localizedMessage(java.util.Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("leer.xlsx，工作表“Sheet A”：工作表为空（没有含数据的行）。");
    }

    @Test
    void bothErrorBundlesHaveTheSameKeys() throws Exception {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties zh = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("/com/stratum/i18n/errors.properties");
             var b = getClass().getResourceAsStream("/com/stratum/i18n/errors_zh_CN.properties")) {
            en.load(new java.io.InputStreamReader(a, StandardCharsets.UTF_8));
            zh.load(new java.io.InputStreamReader(b, StandardCharsets.UTF_8));
        }
        assertThat(zh.keySet()).isEqualTo(en.keySet());
    }

    @Test
    void missingFileAndUnsupportedType() throws Exception {
        assertRefused(dir.resolve("ghost.xlsx"), "does not exist");
        assertRefused(text("notes.pdf", "%PDF-1.4", StandardCharsets.UTF_8), "unsupported file type");
    }

    @Test
    void wrongEncodingIsExplainedWithTheRow() throws Exception {
        // GBK bytes declared as UTF-8: the reader stops at the first bad row
        Path f = text("gbk-as-utf8.csv", "客户ID,日期,金额\nA,2024-01-01,1\n", java.nio.charset.Charset.forName("GBK"));
        assertRefused(f, new ImportOptions().encoding("UTF-8"), "row 1", "not valid UTF-8", "encoding");
    }
}
