package org.geoprospect.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.analysis.campaign.Attribution;
import org.geoprospect.analysis.campaign.ChainReport;
import org.geoprospect.analysis.campaign.StepFigures;

/**
 * A chain report as {@code chain report --json} prints it: {@code {"chain", "attribution": {"rule",
 * "windowDays"}, "steps": [{"step", "channel", "contacts", "heldOut", "cost", "responses", "orders", "revenue",
 * "margin", "responseRate", "orderRate", "controlResponseRate", "controlOrderRate", "uplift", "orderUplift",
 * "unsubscribeRate", "refusalRate", "roi", "controlMargin", "incrementalMargin", "upliftRoi"}], "total": {...}}}.
 * Rates and ROI are shares (0.6 = 60 %); null where {@link StepFigures} says so.
 */
public final class ChainReportJson {
    private ChainReportJson() {
    }

    /** The report as ordered maps for Jackson. */
    public static Map<String, Object> toJsonMap(ChainReport report) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("chain", report.chain());
        Map<String, Object> attribution = new LinkedHashMap<>();
        attribution.put("rule", Attribution.RULE);
        attribution.put("windowDays", report.attribution().windowDays());
        map.put("attribution", attribution);
        List<Map<String, Object>> steps = report.steps().stream().map(ChainReportJson::figures).toList();
        map.put("steps", steps);
        Map<String, Object> total = figures(report.total());
        total.remove("step");
        total.remove("channel");
        map.put("total", total);
        return map;
    }

    static Map<String, Object> figures(StepFigures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", f.step());
        m.put("channel", f.channel());
        m.put("contacts", f.contacts());
        m.put("heldOut", f.heldOut());
        m.put("cost", f.cost());
        m.put("responses", f.responses());
        m.put("orders", f.orders());
        m.put("revenue", f.revenue());
        m.put("margin", f.margin());
        m.put("responseRate", f.responseRate());
        m.put("orderRate", f.orderRate());
        m.put("controlResponseRate", f.controlResponseRate());
        m.put("controlOrderRate", f.controlOrderRate());
        m.put("uplift", f.uplift());
        m.put("orderUplift", f.orderUplift());
        m.put("unsubscribeRate", f.unsubscribeRate());
        m.put("refusalRate", f.refusalRate());
        m.put("roi", f.roi());
        m.put("controlMargin", f.controlMargin());
        m.put("incrementalMargin", f.incrementalMargin());
        m.put("upliftRoi", f.upliftRoi());
        return m;
    }
}
