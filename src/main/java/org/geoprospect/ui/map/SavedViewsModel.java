package org.geoprospect.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.geoprospect.render.Viewport;
import org.geoprospect.service.SavedView;
import org.geoprospect.ui.Messages;

/**
 * The map's saved views (bookmarks): save the current view under a name, jump back to one, rename and
 * delete. Every change hands the whole list to the persistence callback (which saves it in the project
 * off the FX thread); {@link #setViews} takes the list read from the project without saving it again.
 * Needs no scene (tests build it with plain lambdas). FX-thread confined.
 */
public final class SavedViewsModel {
    /** Moves the map to a saved view. */
    public interface Navigator {
        /** Shows the map centred on (x, y) of the project CRS at that resolution. */
        void show(double centreX, double centreY, double metresPerPixel);
    }

    private final Messages messages;
    private final Supplier<Viewport> currentView;
    private final Navigator navigator;
    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    private final ObservableList<SavedView> readOnlyViews = FXCollections.unmodifiableObservableList(views);
    private Consumer<List<SavedView>> persistence = list -> { };

    /**
     * @param currentView the map's viewport now (null when the map has no size yet)
     * @param navigator   moves the map
     */
    public SavedViewsModel(Messages messages, Supplier<Viewport> currentView, Navigator navigator) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.currentView = Objects.requireNonNull(currentView, "currentView");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
    }

    /** Where each change of the list goes (the project, in the background); null keeps nothing. */
    public void setPersistence(Consumer<List<SavedView>> newPersistence) {
        this.persistence = newPersistence == null ? list -> { } : newPersistence;
    }

    /** The views in the order they were saved; read-only (change them through this model). */
    public ObservableList<SavedView> views() {
        return readOnlyViews;
    }

    /** Replaces the list by the views read from a project (not saved back). */
    public void setViews(List<SavedView> loaded) {
        views.setAll(List.copyOf(loaded));
    }

    /** Whether there is a current view to save (the map has content and a size). */
    public boolean canSave() {
        return currentView.get() != null;
    }

    /** The name the dialog proposes: "View n" with the first n not yet used. */
    public String defaultName() {
        for (int n = views.size() + 1; ; n++) {
            String name = messages.get("views.defaultName", n);
            if (find(name).isEmpty()) {
                return name;
            }
        }
    }

    /**
     * Saves the current view under a name; a view already called so is replaced in its place (the dialog
     * asks first).
     *
     * @return the view saved; empty when the map has no view yet
     * @throws IllegalArgumentException with a sentence for the user when the name is blank or too long
     */
    public Optional<SavedView> saveCurrent(String name) {
        String clean = checkedName(name);
        Viewport v = currentView.get();
        if (v == null) {
            return Optional.empty();
        }
        SavedView view = new SavedView(clean, v.centerX(), v.centerY(), v.metresPerPixel());
        int index = indexOf(clean);
        if (index >= 0) {
            views.set(index, view);
        } else {
            views.add(view);
        }
        persist();
        return Optional.of(view);
    }

    /** Whether a view of that name (trimmed) exists. */
    public boolean exists(String name) {
        return name != null && find(name.strip()).isPresent();
    }

    /** Moves the map to the named view; an unknown name does nothing (returns false). */
    public boolean jumpTo(String name) {
        Optional<SavedView> view = find(name);
        view.ifPresent(v -> navigator.show(v.centreX(), v.centreY(), v.metresPerPixel()));
        return view.isPresent();
    }

    /**
     * Renames a view, keeping its place.
     *
     * @throws IllegalArgumentException with a sentence for the user when the new name is blank, too long
     *                                  or taken by another view, or the old one is unknown
     */
    public void rename(String oldName, String newName) {
        int index = indexOf(oldName);
        if (index < 0) {
            throw new IllegalArgumentException(messages.get("views.error.unknown", oldName));
        }
        String clean = checkedName(newName);
        int other = indexOf(clean);
        if (other >= 0 && other != index) {
            throw new IllegalArgumentException(messages.get("views.error.taken", clean));
        }
        views.set(index, views.get(index).withName(clean));
        persist();
    }

    /** Deletes the named view; an unknown name does nothing (returns false). */
    public boolean delete(String name) {
        int index = indexOf(name);
        if (index < 0) {
            return false;
        }
        views.remove(index);
        persist();
        return true;
    }

    private String checkedName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException(messages.get("views.error.blank"));
        }
        if (clean.length() > SavedView.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(messages.get("views.error.long", SavedView.MAX_NAME_LENGTH));
        }
        return clean;
    }

    private Optional<SavedView> find(String name) {
        int index = indexOf(name);
        return index < 0 ? Optional.empty() : Optional.of(views.get(index));
    }

    private int indexOf(String name) {
        for (int i = 0; i < views.size(); i++) {
            if (views.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void persist() {
        persistence.accept(new ArrayList<>(views));
    }
}
