package com.stratum.ui.shell;

/**
 * The sections this build fills. To plug in a view, add one line here:
 * {@code registry.register(Section.X, XViewModel::new, XView::new);}
 */
public final class StandardSections {

    private StandardSections() {
    }

    public static SectionRegistry create() {
        SectionRegistry registry = new SectionRegistry();
        return registry;
    }
}
