package com.stratum.ui.shell;

import com.stratum.ui.data.DataView;
import com.stratum.ui.data.DataViewModel;
import com.stratum.ui.export.ExportView;
import com.stratum.ui.export.ExportViewModel;
import com.stratum.ui.results.ResultsView;
import com.stratum.ui.results.ResultsViewModel;
import com.stratum.ui.builder.BuilderView;
import com.stratum.ui.builder.BuilderViewModel;
import com.stratum.ui.history.HistoryView;
import com.stratum.ui.history.HistoryViewModel;
import com.stratum.ui.whatif.WhatIfView;
import com.stratum.ui.whatif.WhatIfViewModel;

/**
 * The sections this build fills. To plug in a view, add one line here:
 * {@code registry.register(Section.X, XViewModel::new, XView::new);}
 */
public final class StandardSections {

    private StandardSections() {
    }

    public static SectionRegistry create() {
        return new SectionRegistry()
                .register(Section.DATA, DataViewModel::new, DataView::new)
                .register(Section.SEGMENTS, BuilderViewModel::new, BuilderView::new)
                .register(Section.RESULTS, ResultsViewModel::new, ResultsView::new)
                .register(Section.WHAT_IF, WhatIfViewModel::new, WhatIfView::new)
                .register(Section.HISTORY, HistoryViewModel::new, HistoryView::new)
                .register(Section.PREDICTIVE, com.stratum.ui.predictive.PredictiveViewModel::new,
                        com.stratum.ui.predictive.PredictiveView::new)
                .register(Section.EXPORT, ExportViewModel::of, ExportView::new);
    }
}
