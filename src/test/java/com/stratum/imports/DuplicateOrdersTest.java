package com.stratum.imports;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The same orders imported from two files are reported, never dropped. */
class DuplicateOrdersTest extends ImportTestSupport {

    @Test
    void ordersAlreadyInAnotherTransactionsDatasetAreCountedAndNothingIsDropped() throws Exception {
        // first file: orders X1 (two lines), X2, X3
        Path first = text("orders.csv", "customer id,order id,date,amount\n"
                + "A,X1,2024-01-01,10\nA,X1,2024-01-01,5\nB,X2,2024-01-02,7\nC,X3,2024-01-03,1\n",
                StandardCharsets.UTF_8);
        ImportResult r1 = importFile(first, new ImportOptions());
        assertThat(r1.duplicateOrders()).isZero();
        assertThat(r1.duplicateOrderDatasets()).isEmpty();

        // second file (GBK, Chinese headers): X1 and X3 again, plus a new X9, and a row rejected for its date.
        // By hand: imported order ids X1, X3, X9 (the X8 row is rejected); X1 and X3 are in the first dataset = 2.
        Path second = text("订单.csv", "客户ID,订单号,日期,金额\n"
                + "A,X1,2024-01-01,10\nA,X1,2024-01-01,5\nC,X3,2024-01-03,1\nD,X9,2024-01-04,3\nE,X8,not a date,2\n",
                Charset.forName("GBK"));
        ImportResult r2 = importFile(second, new ImportOptions());
        assertThat(r2.duplicateOrders()).isEqualTo(2);
        assertThat(r2.duplicateOrderDatasets()).containsExactly(r1.name());
        // no row dropped for it: 5 read = 4 imported + 1 rejected
        assertThat(r2.rowsRead()).isEqualTo(5);
        assertThat(r2.rowsImported()).isEqualTo(4);
        assertThat(r2.rowsRejected()).isEqualTo(1);
    }

    @Test
    void aCustomersImportAndASheetWithoutOrderIdsHaveNoDuplicates() throws Exception {
        importFile(text("a.csv", "customer id,order id,date,amount\nA,X1,2024-01-01,10\n", StandardCharsets.UTF_8),
                new ImportOptions());
        ImportResult noOrders = importFile(text("b.csv", "customer id,date,amount\nA,2024-01-01,10\n",
                StandardCharsets.UTF_8), new ImportOptions());
        assertThat(noOrders.duplicateOrders()).isZero();
    }
}
