package com.stratum.imports;

import com.stratum.workspace.ColumnRole;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleMapperTest {

    private static ColumnRole r(String header) {
        return RoleMapper.roleOf(header).orElse(null);
    }

    @Test
    void englishSynonyms() {
        for (String h : List.of("customer id", "CustomerID", "Customer ID", "customer_id", "Member ID")) {
            assertThat(r(h)).as(h).isEqualTo(ColumnRole.CUSTOMER_ID);
        }
        for (String h : List.of("order id", "InvoiceNo", "Invoice", "Order No.")) {
            assertThat(r(h)).as(h).isEqualTo(ColumnRole.ORDER_ID);
        }
        for (String h : List.of("date", "InvoiceDate", "order date", "Order Date")) {
            assertThat(r(h)).as(h).isEqualTo(ColumnRole.DATE);
        }
        for (String h : List.of("amount", "Revenue", "sales", "Total", "Amount (USD)")) {
            assertThat(r(h)).as(h).isEqualTo(ColumnRole.AMOUNT);
        }
        assertThat(r("Quantity")).isEqualTo(ColumnRole.QUANTITY);
        assertThat(r("UnitPrice")).isEqualTo(ColumnRole.UNIT_PRICE);
        assertThat(r("unit price")).isEqualTo(ColumnRole.UNIT_PRICE);
        assertThat(r("price")).isEqualTo(ColumnRole.UNIT_PRICE);
        assertThat(r("Channel")).isEqualTo(ColumnRole.CHANNEL);
        assertThat(r("Store")).isEqualTo(ColumnRole.STORE);
        assertThat(r("Category")).isEqualTo(ColumnRole.CATEGORY);
        assertThat(r("Brand")).isEqualTo(ColumnRole.BRAND);
        assertThat(r("Country")).isEqualTo(ColumnRole.COUNTRY);
        assertThat(r("Region")).isEqualTo(ColumnRole.REGION);
        assertThat(r("City")).isEqualTo(ColumnRole.CITY);
        assertThat(r("Gender")).isEqualTo(ColumnRole.GENDER);
        assertThat(r("Birth Date")).isEqualTo(ColumnRole.BIRTH_DATE);
        assertThat(r("Age")).isEqualTo(ColumnRole.AGE);
        assertThat(r("Income")).isEqualTo(ColumnRole.INCOME);
        assertThat(r("Occupation")).isEqualTo(ColumnRole.OCCUPATION);
        assertThat(r("Education")).isEqualTo(ColumnRole.EDUCATION);
        assertThat(r("Family Status")).isEqualTo(ColumnRole.FAMILY_STATUS);
        assertThat(r("Signup Date")).isEqualTo(ColumnRole.SIGNUP_DATE);
        assertThat(r("Values")).isEqualTo(ColumnRole.VALUES);
        assertThat(r("Interests")).isEqualTo(ColumnRole.INTERESTS);
        assertThat(r("Lifestyle")).isEqualTo(ColumnRole.LIFESTYLE);
        assertThat(r("Motive")).isEqualTo(ColumnRole.MOTIVE);
        assertThat(r("Preferred Contact")).isEqualTo(ColumnRole.PREFERRED_CONTACT);
        assertThat(r("Name")).isEqualTo(ColumnRole.NAME);
        assertThat(r("E-mail")).isEqualTo(ColumnRole.EMAIL);
        assertThat(r("Phone")).isEqualTo(ColumnRole.PHONE);
        assertThat(r("Address")).isEqualTo(ColumnRole.ADDRESS);
        assertThat(r("Notes")).isNull();
    }

    @Test
    void germanAndFrenchShopExports() {
        // the headers of the decimal-comma exports a user brought: Kundennummer;Datum;Betrag and
        // Client;N° de commande;Date;Montant TTC
        assertThat(r("Kundennummer")).isEqualTo(ColumnRole.CUSTOMER_ID);
        assertThat(r("Bestellnummer")).isEqualTo(ColumnRole.ORDER_ID);
        assertThat(r("Datum")).isEqualTo(ColumnRole.DATE);
        assertThat(r("Betrag")).isEqualTo(ColumnRole.AMOUNT);
        assertThat(r("Menge")).isEqualTo(ColumnRole.QUANTITY);
        assertThat(r("Client")).isEqualTo(ColumnRole.CUSTOMER_ID);
        assertThat(r("N° de commande")).isEqualTo(ColumnRole.ORDER_ID);
        assertThat(r("Montant TTC")).isEqualTo(ColumnRole.AMOUNT);
        assertThat(r("Quantité")).isEqualTo(ColumnRole.QUANTITY);
        assertThat(r("Prix unitaire")).isEqualTo(ColumnRole.UNIT_PRICE);
        assertThat(r("Pays")).isEqualTo(ColumnRole.COUNTRY);
        assertThat(r("Date de naissance")).isEqualTo(ColumnRole.BIRTH_DATE);
    }

    @Test
    void chineseSynonyms() {
        for (String h : List.of("客户ID", "客户编号", "会员号", "会员ID")) {
            assertThat(r(h)).as(h).isEqualTo(ColumnRole.CUSTOMER_ID);
        }
        for (String h : List.of("订单号", "订单编号")) {
            assertThat(r(h)).as(h).isEqualTo(ColumnRole.ORDER_ID);
        }
        for (String h : List.of("日期", "下单时间", "交易时间")) {
            assertThat(r(h)).as(h).isEqualTo(ColumnRole.DATE);
        }
        for (String h : List.of("金额", "实付", "实付金额", "金额（元）")) {
            assertThat(r(h)).as(h).isEqualTo(ColumnRole.AMOUNT);
        }
        assertThat(r("数量")).isEqualTo(ColumnRole.QUANTITY);
        assertThat(r("单价")).isEqualTo(ColumnRole.UNIT_PRICE);
        assertThat(r("渠道")).isEqualTo(ColumnRole.CHANNEL);
        assertThat(r("门店")).isEqualTo(ColumnRole.STORE);
        assertThat(r("品类")).isEqualTo(ColumnRole.CATEGORY);
        assertThat(r("品牌")).isEqualTo(ColumnRole.BRAND);
        assertThat(r("国家")).isEqualTo(ColumnRole.COUNTRY);
        assertThat(r("省份")).isEqualTo(ColumnRole.REGION);
        assertThat(r("地区")).isEqualTo(ColumnRole.REGION);
        assertThat(r("城市")).isEqualTo(ColumnRole.CITY);
        assertThat(r("性别")).isEqualTo(ColumnRole.GENDER);
        assertThat(r("出生日期")).isEqualTo(ColumnRole.BIRTH_DATE);
        assertThat(r("年龄")).isEqualTo(ColumnRole.AGE);
        assertThat(r("收入")).isEqualTo(ColumnRole.INCOME);
        assertThat(r("职业")).isEqualTo(ColumnRole.OCCUPATION);
        assertThat(r("学历")).isEqualTo(ColumnRole.EDUCATION);
        assertThat(r("婚姻状况")).isEqualTo(ColumnRole.FAMILY_STATUS);
        assertThat(r("家庭状况")).isEqualTo(ColumnRole.FAMILY_STATUS);
        assertThat(r("注册日期")).isEqualTo(ColumnRole.SIGNUP_DATE);
        assertThat(r("价值观")).isEqualTo(ColumnRole.VALUES);
        assertThat(r("兴趣")).isEqualTo(ColumnRole.INTERESTS);
        assertThat(r("生活方式")).isEqualTo(ColumnRole.LIFESTYLE);
        assertThat(r("购买动机")).isEqualTo(ColumnRole.MOTIVE);
        assertThat(r("偏好联系方式")).isEqualTo(ColumnRole.PREFERRED_CONTACT);
        assertThat(r("姓名")).isEqualTo(ColumnRole.NAME);
        assertThat(r("邮箱")).isEqualTo(ColumnRole.EMAIL);
        assertThat(r("手机")).isEqualTo(ColumnRole.PHONE);
        assertThat(r("地址")).isEqualTo(ColumnRole.ADDRESS);
    }

    @Test
    void firstColumnWinsAndOverridesReplace() {
        List<String> headers = Arrays.asList("Card", "Customer ID", "Total", "Paid");
        List<ColumnRole> auto = RoleMapper.map(headers, Map.of(), "f.csv");
        assertThat(auto).containsExactly(null, ColumnRole.CUSTOMER_ID, ColumnRole.AMOUNT, null);

        List<ColumnRole> mapped = RoleMapper.map(headers, Map.of("customer_id", "Card", "amount", "Paid"), "f.csv");
        assertThat(mapped).containsExactly(ColumnRole.CUSTOMER_ID, null, null, ColumnRole.AMOUNT);
    }

    @Test
    void badOverridesAreExplained() {
        List<String> headers = List.of("A", "B");
        assertThatThrownBy(() -> RoleMapper.map(headers, Map.of("nonsense", "A"), "f.csv"))
                .isInstanceOf(ImportException.class).hasMessageContaining("f.csv").hasMessageContaining("unknown role");
        assertThatThrownBy(() -> RoleMapper.map(headers, Map.of("amount", "Z"), "f.csv"))
                .isInstanceOf(ImportException.class).hasMessageContaining("no column \"Z\"");
    }
}
