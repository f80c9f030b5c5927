package org.geoprospect.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.HouseholdColumnsBuilder;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Client;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.Consent;
import org.geoprospect.model.ContactCategory;
import org.geoprospect.model.Household;
import org.geoprospect.model.Sector;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A 10 × 10 grid of households, 1 km apart, in Lambert-93 from (400,000, 6,700,000): household
 * id = row * 10 + col at x = X0 + col·1000, y = Y0 + row·1000. Attributes by construction:
 * <ul>
 *   <li>mountain_bike when col is even; picnic when row is even;</li>
 *   <li>size = 1 + (col % 4); age band "A" + (row % 3); income band "I" + (col % 2);</li>
 *   <li>commune "49001" for col &lt; 5, else "49002";</li>
 *   <li>email consent when id % 3 == 0; phone consent when id % 5 == 0;</li>
 *   <li>last contact TODAY − id days when id % 2 == 1, never otherwise.</li>
 * </ul>
 * Sector W covers cols 0–4 (x below X0 + 4500), sector E cols 5–9. One competitor K1 at the grid's
 * (0, 0) corner, K2 at (9, 9); one client at (9, 0).
 */
public final class GridFixture {
    public static final double X0 = 400_000;
    public static final double Y0 = 6_700_000;
    public static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    public static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private GridFixture() {
    }

    public static HouseholdColumns households() {
        HouseholdColumnsBuilder builder = HouseholdColumns.builder(100);
        for (int row = 0; row < 10; row++) {
            for (int col = 0; col < 10; col++) {
                int id = row * 10 + col;
                List<String> interests = new ArrayList<>();
                if (col % 2 == 0) {
                    interests.add("mountain_bike");
                }
                if (row % 2 == 0) {
                    interests.add("picnic");
                }
                Map<Channel, Consent> consents = new EnumMap<>(Channel.class);
                consents.put(Channel.EMAIL, new Consent(id % 3 == 0, null));
                consents.put(Channel.PHONE, new Consent(id % 5 == 0, null));
                builder.add(new Household(String.format("H%03d", id), 0, 0, X0 + col * 1000.0, Y0 + row * 1000.0,
                        col < 5 ? "49001" : "49002", interests, 1 + col % 4, "A" + row % 3, "I" + col % 2, consents, null,
                        id % 2 == 1 ? TODAY.minusDays(id) : null));
            }
        }
        return builder.build();
    }

    public static List<Sector> sectors() {
        return List.of(new Sector("W", "West", polygon(X0 - 500, Y0 - 500, X0 + 4500, Y0 + 9500)),
                new Sector("E", "East", polygon(X0 + 4500, Y0 - 500, X0 + 9500, Y0 + 9500)));
    }

    public static List<Competitor> competitors() {
        return List.of(new Competitor("K1", "One", "B", 0, 0, X0, Y0, 1000),
                new Competitor("K2", "Two", "B", 0, 0, X0 + 9000, Y0 + 9000, 1000));
    }

    public static List<Client> clients() {
        return List.of(client("C1", ContactCategory.CLIENT, X0 + 9000, Y0, 1000, 300, 5),
                client("C2", ContactCategory.FORMER_CLIENT, X0 + 1000, Y0 + 1000, 0, 0, 0));
    }

    public static Client client(String code, ContactCategory category, double x, double y, double revenue, double margin,
                                int invoices) {
        return new Client(code, code + " SARL", category, "retail", 0, 0, x, y, revenue, margin, invoices, null, null, 0,
                false, false);
    }

    public static AnalysisData data() {
        return AnalysisData.of(households(), clients(), competitors(), sectors(), 2154, CLOCK);
    }

    public static Geometry polygon(double minX, double minY, double maxX, double maxY) {
        try {
            return new WKTReader().read(String.format(java.util.Locale.ROOT, "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))",
                    minX, minY, maxX, minY, maxX, maxY, minX, maxY, minX, minY));
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
