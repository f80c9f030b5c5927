package org.geoprospect.analysis.campaign;

/**
 * The return on investment of one step (or, in {@link ChainReport#total()}, of the whole chain; there
 * {@code step} and {@code channel} are null). Rates are shares (0.25 = 25 %). A figure that cannot be
 * computed is null: rates of an empty group, ROI of a step that cost nothing, the uplift figures of a step
 * without control group.
 *
 * @param contacts            people contacted (SENT in the step)
 * @param heldOut             people of the control group
 * @param cost                unit cost × contacts + fixed cost
 * @param responses           contacted people with an answer, order or request credited to the step
 * @param orders              orders credited to the step (see {@link Attribution})
 * @param revenue             their revenue
 * @param margin              their gross margin
 * @param responseRate        responses / contacts
 * @param orderRate           contacted people with a credited order / contacts
 * @param controlResponseRate held-out people who answered, ordered or asked something within the window after
 *                            the run / held out
 * @param controlOrderRate    held-out people who ordered within the window after the run / held out
 * @param uplift              responseRate − controlResponseRate
 * @param orderUplift         orderRate − controlOrderRate
 * @param unsubscribeRate     contacted people with an unsubscribe credited to the step / contacts
 * @param refusalRate         contacted people with a refusal credited to the step / contacts
 * @param roi                 (margin − cost) / cost
 * @param controlMargin       margin the control group's orders within the window would give per contact × contacts
 *                            (what would have come anyway)
 * @param incrementalMargin   margin − controlMargin
 * @param upliftRoi           (incrementalMargin − cost) / cost
 */
public record StepFigures(String step, String channel, long contacts, long heldOut, double cost, long responses,
                          long orders, double revenue, double margin, Double responseRate, Double orderRate,
                          Double controlResponseRate, Double controlOrderRate, Double uplift, Double orderUplift,
                          Double unsubscribeRate, Double refusalRate, Double roi, Double controlMargin,
                          Double incrementalMargin, Double upliftRoi) {
}
