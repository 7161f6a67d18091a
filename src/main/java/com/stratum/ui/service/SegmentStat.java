package com.stratum.ui.service;

import java.math.BigDecimal;

/**
 * One segment of a run: its key (stable, as the definition names it), the name stored in the
 * definition, the templates-bundle key of its texts (null for a segment the user named), members
 * and net revenue (exact). Views show {@code TemplateTexts.segmentName(i18nKey, segment, locale)}.
 */
public record SegmentStat(String key, String segment, String i18nKey, long customers, BigDecimal revenue) {
}
