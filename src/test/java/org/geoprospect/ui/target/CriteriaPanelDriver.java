package org.geoprospect.ui.target;

/** Fills the criteria panel's fields as an analyst would (for screenshots). FX thread only. */
public final class CriteriaPanelDriver {
    private CriteriaPanelDriver() {
    }

    /** The "done when" target around a competitor. */
    public static void doneWhen(CriteriaViewModel model, String competitor) {
        model.interests.stream().filter(c -> c.code().equals("mountain_bike")).findFirst().orElseThrow().selectedProperty().set(true);
        model.channel.set(CriteriaViewModel.find(model.channels, "email"));
        model.aroundCompetitor.set(CriteriaViewModel.find(model.competitors, competitor));
        model.aroundCompetitorKm.set("10");
        model.notContactedDays.set("60");
    }
}
