package com.stratum.imports;

import com.stratum.workspace.ColumnRole;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps header text to a {@link ColumnRole} from English and Chinese synonyms (and the German and
 * French ones of European shop exports, whose decimal-comma numbers the import also reads). Headers are compared
 * with case, spaces, underscores, punctuation and a trailing unit in parentheses removed, so
 * "Customer ID", "customer_id", "CustomerID" and "客户ID" all match. Each role goes to the first
 * column that claims it.
 */
public final class RoleMapper {

    private static final Map<String, ColumnRole> SYNONYMS = new HashMap<>();

    static {
        add(ColumnRole.CUSTOMER_ID, "customer id", "customerid", "customer", "customer no", "customer number",
                "client id", "member id", "member no", "buyer id", "user id", "cust id",
                "客户id", "客户编号", "客户号", "会员号", "会员id", "会员编号", "会员卡号", "顾客id", "用户id");
        add(ColumnRole.ORDER_ID, "order id", "orderid", "order no", "order number", "invoice no", "invoiceno",
                "invoice", "invoice id", "invoice number", "transaction id", "receipt no", "ticket id",
                "订单号", "订单编号", "订单id", "单号", "交易号", "交易编号", "小票号", "发票号");
        add(ColumnRole.DATE, "date", "invoice date", "invoicedate", "order date", "orderdate", "purchase date",
                "transaction date", "order time", "purchase time", "datetime", "timestamp", "created at",
                "日期", "下单时间", "交易时间", "下单日期", "订单日期", "交易日期", "购买时间", "购买日期", "消费时间",
                "时间", "订单时间", "支付时间");
        add(ColumnRole.AMOUNT, "amount", "revenue", "sales", "total", "total amount", "net amount", "order amount",
                "line total", "sales amount", "paid", "paid amount", "value", "dollar value", "dollars", "order value",
                "sales value", "spend", "spent",
                "金额", "实付", "实付金额", "销售额", "订单金额", "交易金额", "消费金额", "支付金额", "总金额", "成交金额");
        add(ColumnRole.QUANTITY, "quantity", "qty", "units", "count", "items", "number of items", "number of units",
                "number of cds", "数量", "件数", "购买数量");
        add(ColumnRole.UNIT_PRICE, "unit price", "unitprice", "price", "单价", "价格", "售价");
        add(ColumnRole.CHANNEL, "channel", "sales channel", "渠道", "销售渠道", "购买渠道");
        add(ColumnRole.STORE, "store", "shop", "store id", "store name", "门店", "店铺", "门店名称", "门店编号");
        add(ColumnRole.CATEGORY, "category", "product category", "品类", "类别", "商品类别", "品类名称", "类目");
        add(ColumnRole.BRAND, "brand", "品牌");
        add(ColumnRole.PRODUCT, "product", "product name", "description", "item", "sku", "stock code", "stockcode",
                "商品", "商品名称", "产品", "产品名称");
        add(ColumnRole.DISCOUNT, "discount", "折扣", "优惠", "优惠金额");
        add(ColumnRole.COUNTRY, "country", "国家");
        add(ColumnRole.REGION, "region", "province", "state", "省份", "地区", "省", "区域");
        add(ColumnRole.CITY, "city", "城市");
        add(ColumnRole.CITY_TIER, "city tier", "tier", "城市等级", "城市级别");
        add(ColumnRole.GENDER, "gender", "sex", "性别");
        add(ColumnRole.BIRTH_DATE, "birth date", "birthdate", "date of birth", "dob", "birthday", "出生日期", "生日");
        add(ColumnRole.AGE, "age", "年龄");
        add(ColumnRole.INCOME, "income", "annual income", "monthly income", "收入", "月收入", "年收入");
        add(ColumnRole.OCCUPATION, "occupation", "job", "profession", "职业");
        add(ColumnRole.EDUCATION, "education", "学历", "教育程度");
        add(ColumnRole.FAMILY_STATUS, "family status", "marital status", "婚姻状况", "家庭状况", "婚姻");
        add(ColumnRole.SIGNUP_DATE, "signup date", "sign up date", "registration date", "join date", "member since",
                "注册日期", "注册时间", "入会日期");
        add(ColumnRole.VALUES, "values", "价值观");
        add(ColumnRole.INTERESTS, "interests", "兴趣", "兴趣爱好");
        add(ColumnRole.LIFESTYLE, "lifestyle", "生活方式");
        add(ColumnRole.MOTIVE, "motive", "purchase motive", "consumption motive", "购买动机", "消费动机");
        add(ColumnRole.PREFERRED_CONTACT, "preferred contact", "preferred channel", "contact preference",
                "偏好联系方式", "联系偏好");
        add(ColumnRole.NAME, "name", "customer name", "full name", "姓名", "客户姓名", "名字");
        add(ColumnRole.EMAIL, "email", "e-mail", "email address", "邮箱", "电子邮箱", "电子邮件");
        add(ColumnRole.PHONE, "phone", "mobile", "telephone", "phone number", "手机", "手机号", "电话", "联系电话");
        add(ColumnRole.ADDRESS, "address", "地址", "收货地址");
        germanAndFrench();
    }

    /** Headers of German and French shop and CRM exports (exact matches after normalising, as above). */
    private static void germanAndFrench() {
        add(ColumnRole.CUSTOMER_ID, "kundennummer", "kundennr", "kunden nr", "kunden-id", "kunde", "kundenid",
                "client", "id client", "code client", "numéro client", "numéro de client", "n° client");
        add(ColumnRole.ORDER_ID, "bestellnummer", "bestellnr", "auftragsnummer", "rechnungsnummer", "belegnummer",
                "commande", "numéro de commande", "n° de commande", "n° commande", "numéro de facture");
        add(ColumnRole.DATE, "datum", "bestelldatum", "rechnungsdatum", "kaufdatum", "date de commande",
                "date d'achat", "date de facture");
        add(ColumnRole.AMOUNT, "betrag", "umsatz", "gesamtbetrag", "bruttobetrag", "nettobetrag", "summe",
                "montant", "montant ttc", "montant ht", "chiffre d'affaires");
        add(ColumnRole.QUANTITY, "menge", "anzahl", "stückzahl", "quantité", "qté");
        add(ColumnRole.UNIT_PRICE, "einzelpreis", "preis", "stückpreis", "prix unitaire", "prix");
        add(ColumnRole.CHANNEL, "kanal", "vertriebskanal", "canal", "canal de vente");
        add(ColumnRole.STORE, "filiale", "geschäft", "magasin", "boutique");
        add(ColumnRole.CATEGORY, "kategorie", "warengruppe", "catégorie");
        add(ColumnRole.BRAND, "marke", "marque");
        add(ColumnRole.PRODUCT, "artikel", "produkt", "artikelbezeichnung", "produit", "article", "désignation");
        add(ColumnRole.DISCOUNT, "rabatt", "remise");
        add(ColumnRole.COUNTRY, "land", "pays");
        add(ColumnRole.REGION, "bundesland", "département");
        add(ColumnRole.CITY, "stadt", "ort", "ville");
        add(ColumnRole.GENDER, "geschlecht", "sexe"); // not "genre": in English a music or book genre
        add(ColumnRole.BIRTH_DATE, "geburtsdatum", "date de naissance");
        add(ColumnRole.AGE, "alter", "âge");
        add(ColumnRole.INCOME, "einkommen", "revenu", "revenus");
    }

    private static void add(ColumnRole role, String... names) {
        for (String n : names) {
            ColumnRole before = SYNONYMS.put(normalize(n), role);
            if (before != null && before != role) { // two languages claiming one header for different roles
                throw new IllegalStateException("\"" + n + "\" is a synonym of " + before + " and " + role);
            }
        }
    }

    private RoleMapper() {
    }

    /** Header text reduced to letters and digits, lower case, without a trailing "(unit)". */
    static String normalize(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        int paren = Math.max(h.lastIndexOf('('), h.lastIndexOf('（'));
        if (paren > 0 && (h.endsWith(")") || h.endsWith("）"))) {
            h = h.substring(0, paren);
        }
        StringBuilder b = new StringBuilder(h.length());
        h.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** The role a header suggests, if any. */
    public static Optional<ColumnRole> roleOf(String header) {
        if (header == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(SYNONYMS.get(normalize(header)));
    }

    /**
     * Roles for a whole header row: each role at most once (the first column wins), then the
     * user's overrides ({@code role key -> header text}) replace whatever was detected.
     *
     * @throws ImportException when an override names an unknown role or a header that is not there
     */
    public static List<ColumnRole> map(List<String> headers, Map<String, String> overrides, Object fileForMessages) {
        return map(headers, overrides, Set.of(), fileForMessages);
    }

    /**
     * As {@link #map(List, Map, Object)}, with the columns headed {@code withoutRole} left without a
     * detected role (so the role can go to a later column); an override naming one still applies.
     */
    public static List<ColumnRole> map(List<String> headers, Map<String, String> overrides, Set<String> withoutRole,
                                       Object fileForMessages) {
        List<ColumnRole> roles = new ArrayList<>(headers.size());
        Set<ColumnRole> taken = EnumSet.noneOf(ColumnRole.class);
        for (String h : headers) {
            ColumnRole r = withoutRole.contains(h) ? null : roleOf(h).filter(x -> !taken.contains(x)).orElse(null);
            if (r != null) {
                taken.add(r);
            }
            roles.add(r);
        }
        if (overrides == null) {
            return roles;
        }
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            ColumnRole role = ColumnRole.fromKey(e.getKey()).orElseThrow(() -> ImportException.of("import.role.unknown",
                    fileForMessages, e.getKey(), roleKeys()));
            String column = e.getValue() == null ? "" : e.getValue().strip();
            int index = indexOfHeader(headers, column);
            if (index < 0) {
                throw ImportException.of("import.role.noColumn", fileForMessages, column, role.key(),
                        String.join(", ", headers));
            }
            for (int i = 0; i < roles.size(); i++) {
                if (roles.get(i) == role) {
                    roles.set(i, null);
                }
            }
            roles.set(index, role);
        }
        return roles;
    }

    private static int indexOfHeader(List<String> headers, String column) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).equals(column)) {
                return i;
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    static String roleKeys() {
        StringBuilder b = new StringBuilder();
        for (ColumnRole r : ColumnRole.values()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(r.key());
        }
        return b.toString();
    }
}
