package org.geoprospect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.Channel;
import org.geoprospect.model.ContactDirection;
import org.geoprospect.model.ContactEvent;
import org.geoprospect.model.ContactOutcome;
import org.geoprospect.model.ContactSubjectKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contact history table: round trip, order, chains, deletion with the subject. */
class ContactHistoryRepositoryTest {
    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 11, 2, 10, 30, 0, 0, ZoneOffset.ofHours(1));

    @TempDir
    Path temp;
    private ProjectDatabase database;
    private ContactHistoryRepository history;

    @BeforeEach
    void createProject() {
        database = ProjectDatabase.create(temp.resolve("history"), Srids.LAMBERT_93, "History");
        history = new ContactHistoryRepository(database);
    }

    @AfterEach
    void closeProject() {
        database.close();
    }

    @Test
    void eventsComeBackWithEveryFieldOldestFirst() {
        ContactEvent order = ContactEvent.of(ContactSubjectKind.HOUSEHOLD, "H1", Channel.EMAIL, MONDAY.plusDays(3),
                ContactOutcome.ORDER).withOrder(120.5, 40.25).inStep("Reactivation", "email").from(null, "results.csv");
        ContactEvent sent = ContactEvent.of(ContactSubjectKind.HOUSEHOLD, "H1", Channel.EMAIL, MONDAY, ContactOutcome.SENT)
                .inStep("Reactivation", "email").from(7L, "export");
        ContactEvent other = ContactEvent.of(ContactSubjectKind.CLIENT, "C9", Channel.PHONE, MONDAY, ContactOutcome.NO_ANSWER);

        assertEquals(3, history.appendAll(List.of(order, sent, other)));

        List<ContactEvent> h1 = history.forSubject("H1");
        assertEquals(2, h1.size());
        ContactEvent first = h1.get(0);
        assertEquals(ContactOutcome.SENT, first.outcome());
        assertEquals(ContactDirection.OUTBOUND, first.direction());
        assertEquals(7L, first.exportId());
        assertNull(first.amount());
        assertEquals(MONDAY.toInstant(), first.at().toInstant());
        ContactEvent second = h1.get(1);
        assertEquals(ContactDirection.INBOUND, second.direction());
        assertEquals(120.5, second.amount());
        assertEquals(40.25, second.margin());
        assertEquals("Reactivation", second.chainName());
        assertEquals("email", second.stepName());
        assertEquals("results.csv", second.source());
        assertNull(second.exportId());
        assertEquals(ContactSubjectKind.CLIENT, history.forSubject("C9").get(0).subjectKind());
        assertEquals(2, history.forChain("Reactivation", null).size());
        assertEquals(2, history.forChain("Reactivation", "email").size());
        assertEquals(0, history.forChain("Reactivation", "phone").size());
    }

    @Test
    void deletingASubjectRemovesItsEventsOnly() {
        List<ContactEvent> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(ContactEvent.of(ContactSubjectKind.HOUSEHOLD, "H" + (i % 2), Channel.SMS, MONDAY.plusHours(i),
                    ContactOutcome.SENT));
        }
        history.appendAll(events);
        assertEquals(3, history.deleteSubjects(List.of("H0")));
        assertEquals(2, history.count());
        List<String> codes = new ArrayList<>();
        history.forEach(e -> codes.add(e.subjectCode()));
        assertEquals(List.of("H1", "H1"), codes);
    }
}
