package com.stratum.workspace;

import com.stratum.features.CategoricalColumn;
import com.stratum.features.CustomerAttributes;
import com.stratum.features.CustomerField;
import com.stratum.features.CustomerFrame;
import com.stratum.features.FeatureBuilder;
import com.stratum.features.FeatureSettings;
import com.stratum.features.LineAttribute;
import com.stratum.features.MoneyColumn;
import com.stratum.features.TransactionTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static com.stratum.workspace.WorkspaceFixture.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerDataLoaderTest {

    @TempDir
    Path dir;
    Workspace ws;
    WorkspaceFixture fx;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws"));
        fx = new WorkspaceFixture(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static final WorkspaceFixture.Col[] ACCEPTANCE = {
            col("Customer", "TEXT", "customer_id"), col("Date", "DATE", "date"), col("Amount", "DECIMAL", "amount")};

    @Test
    void acceptanceLinesFromADateAndDecimalTable() throws Exception {
        fx.dataset("lines", "transactions", ACCEPTANCE,
                new String[] {"'c1'", "DATE '2006-12-30'", "100"},
                new String[] {"'c1'", "DATE '2006-12-01'", "50"},
                new String[] {"'c2'", "DATE '2006-06-01'", "20"},
                new String[] {"'c3'", "DATE '2006-12-20'", "500"},
                new String[] {"'c3'", "DATE '2006-11-20'", "-100"});
        CustomerDataLoader.CustomerData data = new CustomerDataLoader(ws).load();
        TransactionTable t = data.transactions();
        assertThat(t.size()).isEqualTo(5);
        assertThat(t.secondOfDay(0)).isEqualTo(TransactionTable.TIME_UNKNOWN);
        assertThat(t.cents(4)).isEqualTo(-10_000);
        CustomerFrame f = FeatureBuilder.build(t, data.customers(),
                FeatureSettings.defaults().withAsOf(LocalDate.of(2006, 12, 31))).frame();
        assertHandCheckedMeasures(f);
    }

    /** The measures of the acceptance set as worked out in RfmAcceptanceTest: c1 1/2/150.00, c2 213/1/20.00, c3 11/1/400.00. */
    static void assertHandCheckedMeasures(CustomerFrame f) {
        assertThat(f.column("recency_days").asDouble(0)).isEqualTo(1);
        assertThat(f.column("frequency").asDouble(0)).isEqualTo(2);
        assertThat(((MoneyColumn) f.column("monetary")).amount(0)).isEqualByComparingTo("150.00");
        assertThat(f.column("recency_days").asDouble(1)).isEqualTo(213);
        assertThat(((MoneyColumn) f.column("monetary")).amount(1)).isEqualByComparingTo("20.00");
        assertThat(f.column("recency_days").asDouble(2)).isEqualTo(11);
        assertThat(f.column("frequency").asDouble(2)).isEqualTo(1);
        assertThat(((MoneyColumn) f.column("monetary")).amount(2)).isEqualByComparingTo("400.00");
    }

    @Test
    void unionOfDatasetsWithTimestampsOrdersAndAttributes() throws Exception {
        WorkspaceFixture.Col[] first = {col("Invoice", "TEXT", "order_id"), col("Customer", "TEXT", "customer_id"),
                col("When", "TIMESTAMP", "date"), col("Amount", "DECIMAL", "amount"), col("Channel", "TEXT", "channel"),
                col("Note", "TEXT", null)};
        fx.dataset("shop", "transactions", first,
                new String[] {"'A1'", "'17850'", "TIMESTAMP '2024-03-01 09:30:00'", "10.005", "'Online'", "'x'"},
                new String[] {"'A1'", "'17850'", "TIMESTAMP '2024-03-01 09:30:00'", "5.10", "'Online'", "NULL"},
                new String[] {"'A2'", "NULL", "TIMESTAMP '2024-03-02 18:00:00'", "3.00", "NULL", "NULL"});
        // a second import reusing order id A1 (another order), amounts in whole numbers, a date that is all midnights
        WorkspaceFixture.Col[] second = {col("Order", "TEXT", "order_id"), col("Member", "INTEGER", "customer_id"),
                col("Day", "TIMESTAMP", "date"), col("Paid", "INTEGER", "amount"), col("Store", "TEXT", "store")};
        fx.dataset("stores", "transactions", second,
                new String[] {"'A1'", "17850", "TIMESTAMP '2024-03-05 00:00:00'", "20", "'Beijing 1'"},
                new String[] {"'B7'", "12346", "TIMESTAMP '2024-03-06 00:00:00'", "7", "'Beijing 1'"},
                new String[] {"'B8'", "12346", "NULL", "7", "'Beijing 1'"});
        TransactionTable t = new CustomerDataLoader(ws).load().transactions();
        assertThat(t.size()).isEqualTo(5);
        // 10.005 rounds half-up to 10.01
        assertThat(t.cents(0)).isEqualTo(1001);
        assertThat(t.secondOfDay(0)).isEqualTo(9 * 3600 + 30 * 60);
        assertThat(t.epochDay(0)).isEqualTo(LocalDate.of(2024, 3, 1).toEpochDay());
        assertThat(t.customer(2)).isEqualTo(TransactionTable.ANONYMOUS);
        // the integer id 17850 of the second sheet is the same customer as the text '17850'
        assertThat(t.customer(3)).isEqualTo(t.customer(0));
        assertThat(t.customerId(t.customer(4))).isEqualTo("12346");
        assertThat(t.cents(3)).isEqualTo(2000);
        // same invoice within a sheet = one order; A1 of the second sheet is another order
        assertThat(t.order(1)).isEqualTo(t.order(0));
        assertThat(t.order(3)).isNotEqualTo(t.order(0));
        // the second sheet's timestamps are all midnight: time unknown
        assertThat(t.secondOfDay(3)).isEqualTo(TransactionTable.TIME_UNKNOWN);
        assertThat(t.secondOfDay(2)).isEqualTo(18 * 3600);
        assertThat(t.levels(LineAttribute.CHANNEL)).containsExactly("Online");
        assertThat(t.attribute(LineAttribute.CHANNEL, 2)).isEqualTo(TransactionTable.NO_VALUE);
        assertThat(t.attribute(LineAttribute.STORE, 0)).isEqualTo(TransactionTable.NO_VALUE);
        assertThat(t.levels(LineAttribute.STORE)).containsExactly("Beijing 1");
        assertThat(new CustomerDataLoader(ws).load().summary().rowsWithoutDate()).isEqualTo(1);
    }

    @Test
    void quantityTimesPriceAndTextAmounts() throws Exception {
        WorkspaceFixture.Col[] cols = {col("Customer", "TEXT", "customer_id"), col("Date", "TEXT", "date"),
                col("Qty", "INTEGER", "quantity"), col("Price", "TEXT", "unit_price")};
        fx.dataset("qp", "transactions", cols,
                new String[] {"'c1'", "'2024-01-02 13:15'", "3", "'¥1,234.335'"},
                new String[] {"'c1'", "'2024/01/03'", "-1", "'0.10'"});
        TransactionTable t = new CustomerDataLoader(ws).load().transactions();
        // 3 x 1234.335 = 3703.005 -> 3703.01 (half-up); -1 x 0.10 = -0.10
        assertThat(t.cents(0)).isEqualTo(370_301);
        assertThat(t.cents(1)).isEqualTo(-10);
        assertThat(t.secondOfDay(0)).isEqualTo(13 * 3600 + 15 * 60);
        assertThat(t.secondOfDay(1)).isEqualTo(TransactionTable.TIME_UNKNOWN);
    }

    @Test
    void customersLaterImportWins() throws Exception {
        WorkspaceFixture.Col[] cols = {col("ID", "TEXT", "customer_id"), col("Born", "DATE", "birth_date"),
                col("Gender", "TEXT", "gender"), col("Income", "DECIMAL", "income"), col("City", "TEXT", "city"),
                col("Tier", "TEXT", "city_tier"), col("Joined", "TIMESTAMP", "signup_date"), col("Email", "TEXT", "email")};
        fx.dataset("crm", "customers", cols,
                new String[] {"'c1'", "DATE '1990-05-01'", "'F'", "8000", "'上海'", "NULL", "TIMESTAMP '2020-01-02 10:00:00'", "'a@b.c'"},
                new String[] {"'c2'", "NULL", "'M'", "NULL", "'Lhasa'", "'2'", "NULL", "NULL"});
        WorkspaceFixture.Col[] later = {col("ID", "TEXT", "customer_id"), col("Income", "TEXT", "income"),
                col("Age", "INTEGER", "age")};
        fx.dataset("survey", "customers", later,
                new String[] {"'c2'", "'10k-20k'", "41"},
                new String[] {"'c1'", "'9,000'", "NULL"});
        CustomerAttributes a = new CustomerDataLoader(ws).load().customers();
        assertThat(a.size()).isEqualTo(2);
        int c1 = a.find("c1");
        int c2 = a.find("c2");
        assertThat(a.income(c1)).isEqualTo(9000); // the later import wins
        assertThat(a.text(CustomerField.GENDER, c1)).isEqualTo("F"); // kept: the later sheet has no gender
        assertThat(a.birthDay(c1)).isEqualTo(LocalDate.of(1990, 5, 1).toEpochDay());
        assertThat(a.signupDay(c1)).isEqualTo(LocalDate.of(2020, 1, 2).toEpochDay());
        assertThat(a.text(CustomerField.INCOME_TEXT, c2)).isEqualTo("10k-20k");
        assertThat(a.age(c2)).isEqualTo(41);
        assertThat(a.text(CustomerField.CITY_TIER, c2)).isEqualTo("2");

        CustomerFrame f = FeatureBuilder.build(TransactionTable.builder(0).build(), a,
                FeatureSettings.defaults().withAsOf(LocalDate.of(2024, 5, 1))).frame();
        assertThat(f.size()).isEqualTo(2);
        CategoricalColumn tier = (CategoricalColumn) f.column("city_tier");
        assertThat(tier.label(0)).isEqualTo("tier_1"); // 上海
        assertThat(tier.label(1)).isEqualTo("tier_2"); // the sheet's own "2"
        assertThat(f.column("age").asDouble(0)).isEqualTo(34); // born 1990-05-01, 34 on 2024-05-01
        assertThat(f.column("frequency").asDouble(1)).isEqualTo(0);
    }

    @Test
    void missingRoleAndBadValuesNameTheDatasetRowAndColumn() throws Exception {
        fx.dataset("nodate", "transactions", new WorkspaceFixture.Col[] {
                col("Customer", "TEXT", "customer_id"), col("Amount", "DECIMAL", "amount")},
                new String[] {"'c1'", "1"});
        assertThatThrownBy(() -> new CustomerDataLoader(ws).load())
                .isInstanceOf(CustomerDataException.class)
                .hasMessageContaining("Dataset 'nodate' (file nodate.xlsx, sheet Sheet1) has no date column");
    }

    @Test
    void badTextAmount() throws Exception {
        fx.dataset("bad", "transactions", new WorkspaceFixture.Col[] {
                col("Customer", "TEXT", "customer_id"), col("Date", "DATE", "date"), col("Amount", "TEXT", "amount")},
                new String[] {"'c1'", "DATE '2024-01-01'", "'12.50'"},
                new String[] {"'c1'", "DATE '2024-01-02'", "'n/a'"});
        assertThatThrownBy(() -> new CustomerDataLoader(ws).load())
                .isInstanceOf(CustomerDataException.class)
                .hasMessage("Dataset 'bad' (file bad.xlsx, sheet Sheet1), row 3, column 'Amount': 'n/a' is not an amount.");
    }
}
