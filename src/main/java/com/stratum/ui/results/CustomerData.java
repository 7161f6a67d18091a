package com.stratum.ui.results;

import com.stratum.engine.predictive.PredictiveResult;
import com.stratum.features.CustomerAttributes;
import com.stratum.features.CustomerFrame;
import com.stratum.features.FeatureBuilder;
import com.stratum.features.FeatureSettings;
import com.stratum.features.TransactionTable;
import com.stratum.ui.prefs.AnalysisDefaults;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The workspace's customers as the analysis views use them: the transaction lines and customer
 * attributes (the features' input), the feature frame at the default analysis date, and frames at
 * other dates for as-of re-runs (built by {@link FeatureBuilder}, the one place measures are computed).
 */
public final class CustomerData {

    private final TransactionTable transactions;
    private final CustomerAttributes attributes;
    private final FeatureSettings settings;
    private final CustomerFrame frame;
    /** The predictive fit whose columns the frame carries, when it was made for this data; else null. */
    private final PredictiveResult fit;

    public CustomerData(TransactionTable transactions, CustomerAttributes attributes, FeatureSettings settings) {
        this.transactions = Objects.requireNonNull(transactions);
        this.attributes = attributes == null ? CustomerAttributes.empty() : attributes;
        this.settings = settings == null ? AnalysisDefaults.currentFeatureSettings() : settings;
        this.frame = FeatureBuilder.build(transactions, this.attributes, this.settings).frame();
        this.fit = null;
    }

    /** A frame given directly (tests, or a frame built elsewhere); as-of frames are not available. */
    private CustomerData(CustomerFrame frame) {
        this.transactions = null;
        this.attributes = null;
        this.settings = null;
        this.frame = frame;
        this.fit = null;
    }

    private CustomerData(CustomerData base, CustomerFrame frame, PredictiveResult fit) {
        this.transactions = base.transactions;
        this.attributes = base.attributes;
        this.settings = base.settings;
        this.frame = frame;
        this.fit = fit;
    }

    /** The same customers with {@code frame} as their features (e.g. the predictive columns added). */
    public CustomerData withFrame(CustomerFrame frame) {
        return new CustomerData(this, Objects.requireNonNull(frame), null);
    }

    /** The same customers with {@code frame}, which carries the predictive columns of {@code fit}. */
    public CustomerData withFit(PredictiveResult fit, CustomerFrame frame) {
        return new CustomerData(this, Objects.requireNonNull(frame), Objects.requireNonNull(fit));
    }

    /** The fit behind the frame's predictive columns, or null when it was not made with this data. */
    public PredictiveResult fit() {
        return fit;
    }

    /** The transaction lines behind the features, or null for a frame given directly. */
    public TransactionTable transactions() {
        return transactions;
    }

    public static CustomerData ofFrame(CustomerFrame frame) {
        return new CustomerData(Objects.requireNonNull(frame));
    }

    public CustomerFrame frame() {
        return frame;
    }

    public boolean canRebuildAsOf() {
        return transactions != null;
    }

    /** The features as of {@code date}: only lines dated before it count. */
    public CustomerFrame frameAsOf(LocalDate date) {
        if (transactions == null) {
            throw new IllegalStateException("No transactions to rebuild the features from");
        }
        return FeatureBuilder.build(transactions, attributes, settings.withAsOf(date)).frame();
    }

    public PurchaseHistory history() {
        return transactions == null ? PurchaseHistory.none() : PurchaseHistory.of(transactions);
    }

    public LocalDate firstDate() {
        if (transactions == null || transactions.size() == 0) {
            return frame.asOf();
        }
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < transactions.size(); i++) {
            min = Math.min(min, transactions.epochDay(i));
        }
        return LocalDate.ofEpochDay(min);
    }
}
