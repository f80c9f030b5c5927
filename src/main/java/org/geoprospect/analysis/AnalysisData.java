package org.geoprospect.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.geoprospect.analysis.criteria.ContactHistory;
import org.geoprospect.analysis.criteria.ObjectionFilter;
import org.geoprospect.analysis.huff.EscapeColumns;
import org.geoprospect.analysis.huff.HuffModel;
import org.geoprospect.analysis.huff.HuffParameters;
import org.geoprospect.analysis.huff.NearestSites;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.Sector;

/**
 * Everything targeting works on, in memory and in the project CRS: the households' columns and index,
 * the customer file, the competitors, the commercial sectors, today's date and the privacy inputs
 * (objections, contact history). Derived columns that several criteria share — each household's
 * sector, the distance to the nearest competitor and client, the Huff columns — are computed on first
 * use and kept, so a criteria change on the panel re-runs only bit-set loops.
 *
 * <p>Thread-safe: the inputs are immutable and the derived columns are computed under this object's
 * lock, once. Lists are copied; arguments must not be null.
 */
public final class AnalysisData {
    private final HouseholdColumns households;
    private final PackedPointIndex householdIndex;
    private final List<Client> clients;
    private final PackedPointIndex clientIndex;
    private final List<Competitor> competitors;
    private final List<Sector> sectors;
    private final int projectSrid;
    private final Clock clock;
    private final ObjectionFilter objections;
    private final ContactHistory contactHistory;
    private int[] householdSector;
    private int[] clientSector;
    private NearestSites.Result householdToCompetitor;
    private NearestSites.Result householdToClient;
    private NearestSites.Result clientToCompetitor;
    private final Map<HuffParameters, EscapeColumns> escape = new HashMap<>();

    public AnalysisData(HouseholdColumns households, PackedPointIndex householdIndex, List<Client> clients,
                        List<Competitor> competitors, List<Sector> sectors, int projectSrid, Clock clock,
                        ObjectionFilter objections, ContactHistory contactHistory) {
        this.households = Objects.requireNonNull(households, "households");
        this.householdIndex = Objects.requireNonNull(householdIndex, "householdIndex");
        this.clients = List.copyOf(clients);
        this.competitors = List.copyOf(competitors);
        this.sectors = List.copyOf(sectors);
        this.projectSrid = projectSrid;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.objections = Objects.requireNonNull(objections, "objections");
        this.contactHistory = Objects.requireNonNull(contactHistory, "contactHistory");
        this.clientIndex = PackedPointIndex.build(clientXs(this.clients), clientYs(this.clients));
    }

    /** The same data with an index built here; for tests and small projects. */
    public static AnalysisData of(HouseholdColumns households, List<Client> clients, List<Competitor> competitors,
                                  List<Sector> sectors, int projectSrid, Clock clock) {
        return new AnalysisData(households, PackedPointIndex.of(households), clients, competitors, sectors, projectSrid,
                clock, ObjectionFilter.NONE, ContactHistory.NONE);
    }

    public HouseholdColumns households() {
        return households;
    }

    public PackedPointIndex householdIndex() {
        return householdIndex;
    }

    /** Every contact of the customer file, in the repository's order (client id = position). */
    public List<Client> clients() {
        return clients;
    }

    public PackedPointIndex clientIndex() {
        return clientIndex;
    }

    /** Competitors, in the repository's order (competitor id = position). */
    public List<Competitor> competitors() {
        return competitors;
    }

    /** Commercial sectors (sector id = position). */
    public List<Sector> sectors() {
        return sectors;
    }

    public int projectSrid() {
        return projectSrid;
    }

    public ObjectionFilter objections() {
        return objections;
    }

    public ContactHistory contactHistory() {
        return contactHistory;
    }

    /** Today, by the injected clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The competitor with that code, or -1. */
    public int competitorId(String code) {
        for (int k = 0; k < competitors.size(); k++) {
            if (competitors.get(k).code().equalsIgnoreCase(code)) {
                return k;
            }
        }
        return -1;
    }

    /** The sector with that code, or -1. */
    public int sectorId(String code) {
        for (int s = 0; s < sectors.size(); s++) {
            if (sectors.get(s).code().equalsIgnoreCase(code)) {
                return s;
            }
        }
        return -1;
    }

    /**
     * Each household's commercial sector id, -1 outside every sector (where sectors overlap, the later
     * sector wins). One polygon query of the index per sector, computed once.
     */
    public synchronized int[] householdSectors() {
        if (householdSector == null) {
            householdSector = SectorAssignment.assign(householdIndex, households.size(), sectors);
        }
        return householdSector;
    }

    /** Each client's commercial sector id, -1 outside every sector. */
    public synchronized int[] clientSectors() {
        if (clientSector == null) {
            clientSector = SectorAssignment.assign(clientIndex, clients.size(), sectors);
        }
        return clientSector;
    }

    /** Each household's nearest competitor and its distance (metres). */
    public synchronized NearestSites.Result householdToCompetitor() {
        if (householdToCompetitor == null) {
            householdToCompetitor = competitorSites().find(householdXs(), householdYs(), households.size());
        }
        return householdToCompetitor;
    }

    /** Each household's nearest contact of category client and its distance (metres). */
    public synchronized NearestSites.Result householdToClient() {
        if (householdToClient == null) {
            List<Client> sites = clientsOfCategoryClient();
            householdToClient = NearestSites.of(clientXs(sites), clientYs(sites))
                    .find(householdXs(), householdYs(), households.size());
        }
        return householdToClient;
    }

    /** Each client's nearest competitor and its distance (metres). */
    public synchronized NearestSites.Result clientToCompetitor() {
        if (clientToCompetitor == null) {
            clientToCompetitor = competitorSites().find(clientXs(clients), clientYs(clients), clients.size());
        }
        return clientToCompetitor;
    }

    /**
     * The Huff columns for these parameters, our sites being the contacts of category client; computed
     * once per parameter set.
     */
    public synchronized EscapeColumns escapeColumns(HuffParameters parameters) {
        return escape.computeIfAbsent(parameters, p -> {
            List<Client> own = clientsOfCategoryClient();
            double[] attractiveness = competitors.stream().mapToDouble(Competitor::attractiveness).toArray();
            HuffModel model = new HuffModel(clientXs(own), clientYs(own), competitors.stream().mapToDouble(Competitor::x).toArray(),
                    competitors.stream().mapToDouble(Competitor::y).toArray(), attractiveness, p);
            return model.compute(householdXs(), householdYs(), households.size());
        });
    }

    /** The contacts whose category is client (our "own sites" for distances and the Huff model). */
    public List<Client> clientsOfCategoryClient() {
        return clients.stream().filter(c -> c.category() == ContactCategory.CLIENT).toList();
    }

    private NearestSites competitorSites() {
        return NearestSites.of(competitors.stream().mapToDouble(Competitor::x).toArray(),
                competitors.stream().mapToDouble(Competitor::y).toArray());
    }

    private double[] householdXs() {
        double[] x = new double[households.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = households.x(i);
        }
        return x;
    }

    private double[] householdYs() {
        double[] y = new double[households.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = households.y(i);
        }
        return y;
    }

    private static double[] clientXs(List<Client> clients) {
        return clients.stream().mapToDouble(Client::x).toArray();
    }

    private static double[] clientYs(List<Client> clients) {
        return clients.stream().mapToDouble(Client::y).toArray();
    }
}
