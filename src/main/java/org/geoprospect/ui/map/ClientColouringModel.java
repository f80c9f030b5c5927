package org.geoprospect.ui.map;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.geoprospect.analysis.rfm.RfmOptions;
import org.geoprospect.render.points.ClientColouring;
import org.geoprospect.service.SegmentService;
import org.geoprospect.ui.BackgroundTasks;
import org.geoprospect.ui.Messages;

/**
 * Turns the user's "colour clients by" choice into the colouring the map draws: by category at once; by RFM segment
 * once the project's orders are scored in the background (margin over the last {@value RfmOptions#DEFAULT_PERIOD_MONTHS}
 * months, as the {@code segments} command scores by default), again after every reload of the map's content (an
 * orders import changes the segments). A project without orders cannot be coloured by segment: the choice returns to
 * the category and the note says why and what to do. FX-thread confined.
 */
final class ClientColouringModel {
    private final Messages messages;
    private final PointLayerChoices choices;
    private final Supplier<Path> projectFolder;
    private long generation;

    ClientColouringModel(Messages messages, PointLayerChoices choices, Supplier<Path> projectFolder) {
        this.messages = messages;
        this.choices = choices;
        this.projectFolder = projectFolder;
        choices.clientColourChoiceProperty().addListener((o, a, b) -> refresh());
    }

    /** Recomputes the colouring for the current choice (call after the map's content was reloaded). */
    void refresh() {
        long mine = ++generation;
        ClientColourChoice choice = choices.clientColourChoiceProperty().get();
        if (choice != ClientColourChoice.SEGMENT) {
            choices.clientColouringProperty().set(ClientColouring.BY_CATEGORY);
            if (choice != null) {
                choices.clientColouringNoteProperty().set(null);
            }
            return;
        }
        Path folder = projectFolder.get();
        if (folder == null) {
            giveUp(messages.get("layers.clients.colourBy.unavailable"));
            return;
        }
        RfmOptions options = RfmOptions.defaults(LocalDate.now());
        choices.clientColouringNoteProperty().set(messages.get("layers.clients.colourBy.computing"));
        BackgroundTasks.run(monitor -> new SegmentService().segments(folder, options), segmentation -> {
            if (mine == generation) {
                choices.clientColouringProperty().set(ClientColouring.bySegment(segmentation.segmentByCode()));
                choices.clientColouringNoteProperty().set(messages.get("layers.clients.colourBy.segmentNote",
                        options.periodMonths()));
            }
        }, failure -> {
            if (mine == generation) {
                giveUp(failure instanceof SegmentService.NoOrdersException ? messages.get("layers.clients.colourBy.noOrders")
                        : failure.getMessage());
            }
        }, () -> { });
    }

    /** Back to the category, saying why (the choice's listener clears the note, so it is set after). */
    private void giveUp(String why) {
        choices.clientColourChoiceProperty().set(ClientColourChoice.CATEGORY);
        choices.clientColouringNoteProperty().set(why);
    }
}
