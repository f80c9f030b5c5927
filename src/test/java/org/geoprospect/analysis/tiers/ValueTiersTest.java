package org.geoprospect.analysis.tiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;
import org.junit.jupiter.api.Test;

/** Value tiers on ten clients whose margins are 1,000 × their number, and one supplier. */
class ValueTiersTest {
    private static Client client(String code, ContactCategory category, double margin) {
        return new Client(code, code, category, "retail", 0, 0, 0, 0, margin * 3, margin, 5, null, null, 0, false, false);
    }

    private static List<Client> tenClientsAndASupplier() {
        List<Client> clients = new ArrayList<>();
        for (int k = 1; k <= 10; k++) {
            clients.add(client(String.format("C%02d", k), ContactCategory.CLIENT, 1000.0 * k));
        }
        clients.add(client("S01", ContactCategory.SUPPLIER, 99_000));
        return clients;
    }

    @Test
    void theTopTwentyPercentByMarginAreKeyAccountsTheRestStandard() {
        Map<String, String> tiers = ValueTiers.keyAccounts(20, "Claire Démo").assign(tenClientsAndASupplier());
        assertEquals("Key account", tiers.get("C10"));
        assertEquals("Key account", tiers.get("C09"));
        assertEquals("Standard", tiers.get("C08"), "20 % of 10 clients: two");
        assertEquals(10, tiers.size(), "only contacts of category client are tiered");
        assertEquals(null, tiers.get("S01"));
        assertEquals("Claire Démo", ValueTiers.keyAccounts(20, "Claire Démo").managerOf("Key account"));
    }

    @Test
    void severalTiersTakeTheirSharesInTurnRoundedUpAndTiesGoByCode() {
        List<Client> clients = tenClientsAndASupplier();
        clients.add(client("C00", ContactCategory.CLIENT, 9000)); // ties C09's margin; 11 clients now
        ValueTiers tiers = new ValueTiers(List.of(new TierRule("Gold", 10, null), new TierRule("Silver", 25, null)), "Standard");
        Map<String, String> assigned = tiers.assign(clients);
        // 10 % of 11 → 2 (rounded up): C10, then C00 before C09 (same margin, code order); 25 % of 11 → 3: C09, C08, C07.
        assertEquals(List.of("Gold", "Gold", "Silver", "Silver", "Silver", "Standard"),
                List.of(assigned.get("C10"), assigned.get("C00"), assigned.get("C09"), assigned.get("C08"), assigned.get("C07"),
                        assigned.get("C06")));
        assertThrows(IllegalArgumentException.class, () -> new ValueTiers(List.of(new TierRule("A", 60, null),
                new TierRule("B", 50, null)), "Standard"));
    }
}
