package org.geoprospect.cli;

import java.util.ArrayList;
import java.util.List;
import org.geoprospect.analysis.criteria.Criteria;
import org.geoprospect.analysis.huff.HuffParameters;
import org.geoprospect.analysis.selection.SelectionOp;
import org.geoprospect.analysis.selection.ShapeSpec;
import org.geoprospect.analysis.definition.TargetDefinition;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The targeting options shared by {@code target save} and {@code sectors}: where (shapes, in WGS84) and
 * who (criteria). Every option given must hold (AND); a list option (comma-separated or repeated)
 * holds when any of its values does. Shape options intersect each other; {@code --exclude-polygon}
 * is subtracted at the end.
 */
final class CriteriaOptions {
    @Option(names = "--interest", split = ",", paramLabel = "CODE", description = "Has any of these interests (e.g. mountain_bike,picnic).")
    List<String> interestsAny;
    @Option(names = "--all-interests", split = ",", paramLabel = "CODE", description = "Has all of these interests.")
    List<String> interestsAll;
    @Option(names = "--min-size", paramLabel = "N", description = "At least N persons in the household.")
    Integer minSize;
    @Option(names = "--max-size", paramLabel = "N", description = "At most N persons in the household.")
    Integer maxSize;
    @Option(names = "--age-band", split = ",", paramLabel = "BAND", description = "Age band as in the data (any of).")
    List<String> ageBands;
    @Option(names = "--income-band", split = ",", paramLabel = "BAND", description = "Income band as in the data (any of).")
    List<String> incomeBands;
    @Option(names = "--category", split = ",", paramLabel = "CODE",
            description = "Contact categories (client, former_client, prospect, supplier, banker, journalist, relation); "
                    + "households count as prospect; clients default to client.")
    List<String> categories;
    @Option(names = "--sector", split = ",", paramLabel = "CODE", description = "In one of these commercial sectors.")
    List<String> sectors;
    @Option(names = "--commune", split = ",", paramLabel = "INSEE", description = "In one of these communes (INSEE codes).")
    List<String> communes;
    @Option(names = "--postal-code", split = ",", paramLabel = "CODE", description = "In a commune served by one of these postal codes.")
    List<String> postalCodes;
    @Option(names = "--consent", split = ",", paramLabel = "CHANNEL", description = "Consent granted on any of these channels (email, sms, phone, postal).")
    List<String> consent;
    @Option(names = "--not-objected", paramLabel = "CHANNEL", description = "No objection recorded for this channel.")
    String notObjected;
    @Option(names = "--not-contacted-days", paramLabel = "N", description = "Not contacted in the last N days.")
    Integer notContactedDays;
    @Option(names = "--phone-rules", description = "The French phone rules hold today (≤ 4 attempts in 30 days, no refusal in 60 days).")
    boolean phoneRules;
    @Option(names = "--max-competitor-km", paramLabel = "KM", description = "The nearest competitor is at most KM away.")
    Double maxCompetitorKm;
    @Option(names = "--min-competitor-km", paramLabel = "KM", description = "The nearest competitor is at least KM away.")
    Double minCompetitorKm;
    @Option(names = "--max-client-km", paramLabel = "KM", description = "The nearest client is at most KM away.")
    Double maxClientKm;
    @Option(names = "--min-client-km", paramLabel = "KM", description = "The nearest client is at least KM away (not yet served).")
    Double minClientKm;
    @Option(names = "--escaping-below", paramLabel = "P", description = "Escaping prospects: Huff probability of choosing us below P (0..1).")
    Double escapingBelow;
    @Option(names = "--lambda", paramLabel = "λ", description = "Huff distance-decay exponent (default 2).")
    Double lambda;
    @Option(names = "--our-attractiveness", paramLabel = "A", description = "Huff attractiveness of all our sites together, shared among them (default: competitors' mean).")
    Double ourAttractiveness;
    @Option(names = "--min-revenue", paramLabel = "EUR", description = "Clients with at least this revenue.")
    Double minRevenue;
    @Option(names = "--min-margin", paramLabel = "EUR", description = "Clients with at least this gross margin.")
    Double minMargin;
    @Option(names = "--min-invoices", paramLabel = "N", description = "Clients with at least N invoices.")
    Integer minInvoices;
    @Option(names = "--last-order-months", paramLabel = "N", description = "Reactivation: clients whose last order is N months old or more.")
    Integer lastOrderMonths;

    @Option(names = "--polygon", paramLabel = "WKT", description = "Inside this polygon, WKT in WGS84 longitude latitude.")
    List<String> polygons;
    @Option(names = "--exclude-polygon", paramLabel = "WKT", description = "Not inside this polygon (WGS84 WKT).")
    List<String> excludePolygons;
    @Option(names = "--bbox", split = ",", paramLabel = "MINLON,MINLAT,MAXLON,MAXLAT", description = "Inside this WGS84 rectangle.")
    List<Double> bbox;
    @Option(names = "--around", split = ",", paramLabel = "LON,LAT", description = "Around this WGS84 point (with --radius-km).")
    List<Double> around;
    @Option(names = "--radius-km", paramLabel = "KM", description = "Radius for --around.")
    Double radiusKm;
    @Option(names = "--within-km", paramLabel = "KM", description = "Within KM of the competitor given by --of-competitor.")
    Double withinKm;
    @Option(names = "--of-competitor", paramLabel = "CODE", description = "Competitor code for --within-km.")
    String ofCompetitor;

    /** The definition the options describe; usage errors (exit 2) as picocli parameter exceptions. */
    TargetDefinition definition(CommandLine commandLine) {
        return TargetDefinition.of(shapes(commandLine), criteria(), huff(commandLine));
    }

    private Criteria criteria() {
        return Criteria.builder()
                .interestsAny(interestsAny).interestsAll(interestsAll).householdSize(minSize, maxSize)
                .ageBands(ageBands).incomeBands(incomeBands).categories(categories).sectors(sectors)
                .communes(communes).postalCodes(postalCodes).consentChannels(consent).notObjectedChannel(notObjected)
                .notContactedDays(notContactedDays).phoneRules(phoneRules ? Boolean.TRUE : null)
                .competitorKm(minCompetitorKm, maxCompetitorKm).clientKm(minClientKm, maxClientKm)
                .maxUsProbability(escapingBelow).minRevenue(minRevenue).minGrossMargin(minMargin)
                .minInvoiceCount(minInvoices).lastOrderMonthsAgo(lastOrderMonths)
                .build();
    }

    private HuffParameters huff(CommandLine commandLine) {
        HuffParameters parameters = HuffParameters.DEFAULT;
        try {
            if (lambda != null) {
                parameters = parameters.withDistanceDecay(lambda);
            }
            if (ourAttractiveness != null) {
                parameters = parameters.withOurAttractiveness(ourAttractiveness);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
        return parameters;
    }

    private List<ShapeSpec> shapes(CommandLine commandLine) {
        List<ShapeSpec> shapes = new ArrayList<>();
        if (polygons != null) {
            polygons.forEach(wkt -> shapes.add(ShapeSpec.polygon(wkt)));
        }
        if (bbox != null) {
            if (bbox.size() != 4) {
                throw new CommandLine.ParameterException(commandLine, "--bbox needs four numbers: minLon,minLat,maxLon,maxLat.");
            }
            shapes.add(ShapeSpec.rectangle(bbox.get(0), bbox.get(1), bbox.get(2), bbox.get(3)));
        }
        if (around != null || radiusKm != null) {
            if (around == null || around.size() != 2 || radiusKm == null) {
                throw new CommandLine.ParameterException(commandLine, "--around LON,LAT and --radius-km KM go together.");
            }
            shapes.add(ShapeSpec.circle(around.get(0), around.get(1), radiusKm));
        }
        if (withinKm != null || ofCompetitor != null) {
            if (withinKm == null || ofCompetitor == null) {
                throw new CommandLine.ParameterException(commandLine, "--within-km KM and --of-competitor CODE go together.");
            }
            shapes.add(ShapeSpec.aroundCompetitor(ofCompetitor, withinKm));
        }
        for (int i = 1; i < shapes.size(); i++) {
            shapes.set(i, shapes.get(i).as(SelectionOp.INTERSECT));
        }
        if (excludePolygons != null) {
            excludePolygons.forEach(wkt -> shapes.add(ShapeSpec.polygon(wkt).as(SelectionOp.SUBTRACT)));
        }
        return shapes;
    }
}
