package com.stratum.ui.shell;

import com.stratum.ui.data.DataView;
import com.stratum.ui.data.DataViewModel;
import com.stratum.ui.results.ResultsView;
import com.stratum.ui.results.ResultsViewModel;
import com.stratum.ui.segments.SegmentsView;
import com.stratum.ui.segments.SegmentsViewModel;

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
                .register(Section.SEGMENTS, SegmentsViewModel::new, SegmentsView::new)
                .register(Section.RESULTS, ResultsViewModel::new, ResultsView::new);
    }
}
