package org.geoprospect.demo;

import java.time.LocalDate;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;

/**
 * Draws the commercial figures of one demo contact according to its category. Clients follow one of
 * three invented profiles: {@value #SMALL_INVOICES_SHARE} many small invoices at a low margin (the
 * "ten invoices of 200" of the source article), {@value #BIG_ACCOUNT_SHARE} big accounts, the rest
 * log-normal around 30,000 EUR. Amounts are rounded to the cent. Stateless.
 */
final class ClientAccounts {
    static final double SMALL_INVOICES_SHARE = 0.15;
    static final double BIG_ACCOUNT_SHARE = 0.08;
    private static final LocalDate FIRST_RELATIONSHIP = LocalDate.of(2008, 1, 1);

    private ClientAccounts() {
    }

    static Client of(String code, String name, ContactCategory category, String sector, double sectorMarginRate,
                     PointScatter.Position at, SeededRandom random) {
        LocalDate reference = SampleGenerator.REFERENCE_DATE;
        double revenue = 0;
        double margin = 0;
        int invoices = 0;
        LocalDate first = null;
        LocalDate last = null;
        int incidents = 0;
        boolean difficult = false;
        boolean motivated = false;
        if (category == ContactCategory.CLIENT || category == ContactCategory.FORMER_CLIENT) {
            double draw = random.nextDouble();
            double marginRate;
            if (draw < SMALL_INVOICES_SHARE) {
                invoices = random.nextInt(40, 120);
                revenue = invoices * (150 + random.nextDouble() * 150);
                marginRate = 0.04 + random.nextDouble() * 0.05;
            } else if (draw < SMALL_INVOICES_SHARE + BIG_ACCOUNT_SHARE) {
                revenue = 250_000 + random.nextDouble() * 650_000;
                invoices = random.nextInt(4, 15);
                marginRate = sectorMarginRate * (0.8 + random.nextDouble() * 0.5);
            } else {
                revenue = 30_000 * StrictMath.exp(0.8 * random.nextGaussian());
                invoices = Math.max(1, (int) (revenue / (800 + random.nextDouble() * 3_200)));
                marginRate = sectorMarginRate * (0.7 + random.nextDouble() * 0.6);
            }
            if (category == ContactCategory.FORMER_CLIENT) {
                revenue *= 0.3 + random.nextDouble() * 0.4;
                invoices = Math.max(1, invoices / 3);
            }
            revenue = cents(revenue);
            margin = cents(revenue * marginRate);
            first = ClientGenerator.dateBetween(random, FIRST_RELATIONSHIP, reference.minusYears(2));
            last = category == ContactCategory.CLIENT
                    // up to two years back, so that some clients are due for reactivation
                    ? ClientGenerator.dateBetween(random, max(first, reference.minusMonths(24)), reference)
                    : ClientGenerator.dateBetween(random, max(first, reference.minusYears(6)), reference.minusMonths(13));
            double incidentDraw = random.nextDouble();
            incidents = incidentDraw < 0.80 ? 0 : incidentDraw < 0.95 ? random.nextInt(1, 2) : random.nextInt(3, 6);
            difficult = random.chance(incidents > 2 ? 0.5 : 0.06);
            motivated = category == ContactCategory.CLIENT && random.chance(0.22);
        } else if (category == ContactCategory.PROSPECT) {
            motivated = random.chance(0.30);
        }
        return new Client(code, name, category, sector, at.lon(), at.lat(), at.x(), at.y(), revenue, margin, invoices,
                first, last, incidents, difficult, motivated);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static double cents(double amount) {
        return Math.round(amount * 100) / 100.0;
    }
}
