package org.geoprospect.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The offline commune table shipped with the application (INSEE code, postal codes, population and
 * town-centre position of 8,518 French communes; GeoNames CC BY 4.0 and INSEE Licence Ouverte 2.0).
 *
 * <p>Immutable and thread-safe once loaded. Use {@link #shipped()} for the table in the jar.
 */
public final class CommuneTable {
    private static final String RESOURCE = "/org/geoprospect/geo/fr-communes.csv";
    private static volatile CommuneTable shipped;

    private final List<Commune> communes;
    private final Map<String, Commune> byInsee = new HashMap<>();
    private final Map<String, List<Commune>> byPostalCode = new HashMap<>();

    private CommuneTable(List<Commune> communes) {
        this.communes = List.copyOf(communes);
        for (Commune commune : this.communes) {
            byInsee.put(commune.insee(), commune);
            for (String postalCode : commune.postalCodes()) {
                byPostalCode.computeIfAbsent(postalCode, k -> new ArrayList<>()).add(commune);
            }
        }
    }

    /** The table shipped in the application's resources, loaded once. */
    public static CommuneTable shipped() {
        CommuneTable table = shipped;
        if (table == null) {
            synchronized (CommuneTable.class) {
                table = shipped;
                if (table == null) {
                    try (InputStream in = CommuneTable.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("The commune table " + RESOURCE + " is missing from the application");
                        }
                        table = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Could not read the shipped commune table", e);
                    }
                    shipped = table;
                }
            }
        }
        return table;
    }

    /**
     * Reads a table in the shipped format: a header line, then
     * {@code insee,name,departement,postal_codes,population,lon,lat,...} with postal codes separated by '|'.
     * Names contain no commas in that file, so a plain split is exact.
     */
    static CommuneTable read(InputStream in) throws IOException {
        List<Commune> communes = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                communes.add(new Commune(cells[0], cells[1], cells[2], List.of(cells[3].split("\\|")),
                        Integer.parseInt(cells[4]), Double.parseDouble(cells[5]), Double.parseDouble(cells[6])));
            }
        }
        return new CommuneTable(communes);
    }

    /** All communes, in INSEE code order as shipped. */
    public List<Commune> all() {
        return communes;
    }

    /** The communes of one département (e.g. "49"), in table order. */
    public List<Commune> inDepartement(String departement) {
        return communes.stream().filter(c -> c.departement().equals(departement)).toList();
    }

    /** The commune with this INSEE code, if known. */
    public Optional<Commune> byInsee(String insee) {
        return Optional.ofNullable(byInsee.get(insee == null ? null : insee.trim()));
    }

    /** The communes served by a postal code (one postal code may serve several communes). */
    public List<Commune> byPostalCode(String postalCode) {
        return Collections.unmodifiableList(byPostalCode.getOrDefault(postalCode == null ? "" : postalCode.trim(), List.of()));
    }
}
