package org.geoprospect.ui.target;

import static org.geoprospect.ui.target.PanelsFixture.fx;
import static org.geoprospect.ui.target.PanelsFixture.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.geoprospect.analysis.criteria.Criteria;
import org.geoprospect.analysis.selection.ShapeSelections;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;
import org.geoprospect.store.ClientRepository;
import org.geoprospect.store.ProjectDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The criteria panel's contact-category criterion on the demo project: ticking one category counts
 * exactly the store's contacts of that category, and writes the command line's {@code --category}.
 */
class CategoryCriterionTest {
    @TempDir
    static Path dir;
    static PanelsFixture fixture;
    static Map<ContactCategory, Integer> stored = new EnumMap<>(ContactCategory.class);

    @BeforeAll
    static void demo() throws Exception {
        fixture = PanelsFixture.demo(dir);
        try (ProjectDatabase database = ProjectDatabase.open(fixture.project)) {
            for (Client client : new ClientRepository(database).findAll()) {
                stored.merge(client.category(), 1, Integer::sum);
            }
        }
    }

    private static ShapeSelections countWith(CriteriaViewModel model, ContactCategory category) throws Exception {
        fxRun(() -> {
            model.categories.forEach(c -> c.selectedProperty().set(c.code().equals(category.code())));
            model.refreshNow();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.countingProperty().get()
                && model.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return model.resultProperty().get();
    }

    @Test
    void eachCategoryCountsTheStoresContactsOfThatCategory() throws Exception {
        assertTrue(stored.size() >= 3, "the demo has contacts of several categories: " + stored);
        CriteriaViewModel model = fx(() -> new CriteriaViewModel(fixture.context));
        assertEquals(ContactCategory.values().length, model.categories.size(), "one tick box per category");
        for (ContactCategory category : ContactCategory.values()) {
            ShapeSelections result = countWith(model, category);
            assertEquals(stored.getOrDefault(category, 0), result.clients().cardinality(), category.code());
            if (category != ContactCategory.PROSPECT) {
                assertEquals(0, result.households().cardinality(), "households count as prospects only: " + category.code());
            }
        }
    }

    @Test
    void theTickedCategoriesAreTheCommandLinesCategoryOptionAndLoadBack() throws Exception {
        CriteriaViewModel model = fx(() -> new CriteriaViewModel(fixture.context));
        fxRun(() -> model.categories.forEach(c -> c.selectedProperty().set(
                c.code().equals("former_client") || c.code().equals("relation"))));
        Criteria criteria = fx(model::definition).criteria();
        assertEquals(List.of("former_client", "relation"), criteria.categories());
        CriteriaViewModel other = fx(() -> new CriteriaViewModel(fixture.context));
        var definition = fx(model::definition);
        fxRun(() -> other.load(definition));
        assertEquals(List.of("former_client", "relation"), CriteriaForm.ticked(other.categories));
    }

    @Test
    void categoriesHaveReadableLabelsInBothLanguages() {
        var en = org.geoprospect.ui.Messages.forLocale(java.util.Locale.ENGLISH);
        var fr = org.geoprospect.ui.Messages.forLocale(java.util.Locale.FRENCH);
        assertEquals("Relation / prescriber", en.get("legend.points.category.relation"));
        assertEquals("Ancien client", fr.get("legend.points.category.former_client"));
        assertEquals("Catégories de contact", fr.get("target.field.categories"));
        assertEquals("Contact categories", en.get("target.field.categories"));
    }
}
