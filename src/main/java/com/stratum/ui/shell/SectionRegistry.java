package com.stratum.ui.shell;

import com.stratum.ui.AppContext;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which view model and view fill each {@link Section}: the one place to plug a view into the shell.
 * A view model is created once, the first time its section is needed, and kept for the life of the
 * window; views are created from it whenever the shell (re)builds. Sections with nothing registered
 * show a "coming soon" placeholder.
 *
 * <pre>{@code
 * registry.register(Section.WHAT_IF, WhatIfViewModel::new, WhatIfView::new);
 * // WhatIfViewModel(AppContext ctx)  and  WhatIfView(WhatIfViewModel vm, AppContext ctx) implements SectionView
 * }</pre>
 */
public final class SectionRegistry {

    /** Builds a section's view for its view model. */
    @FunctionalInterface
    public interface ViewFactory<M> {
        SectionView create(M viewModel, AppContext ctx);
    }

    private record Entry<M>(Function<AppContext, M> viewModelFactory, ViewFactory<M> viewFactory) {
        SectionView view(Object viewModel, AppContext ctx) {
            @SuppressWarnings("unchecked")
            M vm = (M) viewModel;
            return viewFactory.create(vm, ctx);
        }
    }

    private final Map<Section, Entry<?>> entries = new EnumMap<>(Section.class);
    private final Map<Section, Object> viewModels = new EnumMap<>(Section.class);

    public <M> SectionRegistry register(Section section, Function<AppContext, M> viewModelFactory,
                                        ViewFactory<M> viewFactory) {
        entries.put(section, new Entry<>(viewModelFactory, viewFactory));
        viewModels.remove(section);
        return this;
    }

    public boolean isRegistered(Section section) {
        return entries.containsKey(section);
    }

    /** The section's view model, created on first use; empty if nothing is registered. */
    public Optional<Object> viewModel(Section section, AppContext ctx) {
        Entry<?> e = entries.get(section);
        if (e == null) {
            return Optional.empty();
        }
        return Optional.of(viewModels.computeIfAbsent(section, s -> e.viewModelFactory().apply(ctx)));
    }

    /** A fresh view of the section, or the placeholder. */
    public SectionView createView(Section section, AppContext ctx) {
        Entry<?> e = entries.get(section);
        if (e == null) {
            return new PlaceholderView(section, ctx.i18n());
        }
        return e.view(viewModel(section, ctx).orElseThrow(), ctx);
    }
}
