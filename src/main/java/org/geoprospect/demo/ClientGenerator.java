package org.geoprospect.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;

/**
 * Generates the demo company's customer file: exactly {@value #CLIENTS} contacts of category client (the
 * count of the source article's picture), and beside them former clients, prospects, suppliers, bankers,
 * journalists and relations — {@value #CLIENT_FILE_SIZE} records in all. Client amounts follow three invented profiles: many small low-margin invoices, a few
 * big accounts, and a log-normal majority; margins depend on the sector of activity. Company names
 * are invented ("Boutique Exemplia"). Deterministic for a seed; stateless.
 */
final class ClientGenerator {
    /** Contacts of category client: the source article's 116. */
    static final int CLIENTS = 116;
    /** Records per category, in {@link ContactCategory} order; sums to {@link #CLIENT_FILE_SIZE}. */
    static final int[] CATEGORY_COUNTS = {CLIENTS, 14, 16, 6, 2, 3, 3};
    /** All records of the customer file, every category. */
    static final int CLIENT_FILE_SIZE = 160;
    static final List<String> SECTORS = List.of("retail", "hospitality", "construction", "healthcare", "agriculture",
            "services", "manufacturing");
    /** Typical gross-margin rate per sector, in {@link #SECTORS} order. */
    static final double[] MARGIN_RATES = {0.28, 0.32, 0.20, 0.38, 0.16, 0.48, 0.24};
    private static final Map<String, String> NAME_PREFIX = Map.of("retail", "Boutique", "hospitality", "Hôtel-Restaurant",
            "construction", "Bâtiment", "healthcare", "Cabinet", "agriculture", "Ferme", "services", "Conseil",
            "manufacturing", "Atelier");
    private static final List<String> INVENTED_WORDS = List.of("Exemplia", "Fictivia", "Démonia", "Modélis", "Spécima",
            "Essaya", "Prototex", "Maquetto", "Témoina", "Pilotis", "Brouilla", "Échantis", "Fantasia", "Imagina",
            "Simula", "Factice", "Virtuel", "Chimère", "Mirage", "Utopia");

    private ClientGenerator() {
    }

    static List<Client> generate(DemoTerritory territory, long seed) {
        SeededRandom random = SeededRandom.derive(seed, "clients");
        PointScatter scatter = new PointScatter(territory, random);
        List<ContactCategory> categories = shuffledCategories(random);
        TreeSet<String> usedNames = new TreeSet<>();
        List<Client> clients = new ArrayList<>(CLIENT_FILE_SIZE);
        for (int i = 0; i < categories.size(); i++) {
            String code = String.format(java.util.Locale.ROOT, "C%03d", i + 1);
            int sectorIndex = random.nextInt(SECTORS.size());
            String sector = SECTORS.get(sectorIndex);
            String name = uniqueName(NAME_PREFIX.get(sector) + " " + INVENTED_WORDS.get(random.nextInt(INVENTED_WORDS.size())), code, usedNames);
            PointScatter.Position at = scatter.aroundWeightedCommune(0.5);
            clients.add(ClientAccounts.of(code, name, categories.get(i), sector, MARGIN_RATES[sectorIndex], at, random));
        }
        return clients;
    }

    private static List<ContactCategory> shuffledCategories(SeededRandom random) {
        List<ContactCategory> categories = new ArrayList<>();
        ContactCategory[] all = ContactCategory.values();
        for (int c = 0; c < all.length; c++) {
            for (int k = 0; k < CATEGORY_COUNTS[c]; k++) {
                categories.add(all[c]);
            }
        }
        for (int i = categories.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            ContactCategory swap = categories.get(i);
            categories.set(i, categories.get(j));
            categories.set(j, swap);
        }
        return categories;
    }

    private static String uniqueName(String name, String code, TreeSet<String> used) {
        for (String candidate : List.of(name, name + " & Fils", name + " & Associés", name + " " + code)) {
            if (used.add(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Cannot name client " + code);
    }

    /** A uniform date in [first, last]. */
    static LocalDate dateBetween(SeededRandom random, LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay();
        return first.plusDays((long) (random.nextDouble() * (days + 1)));
    }
}
