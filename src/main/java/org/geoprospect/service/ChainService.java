package org.geoprospect.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.geoprospect.analysis.campaign.Attribution;
import org.geoprospect.analysis.campaign.Chain;
import org.geoprospect.analysis.campaign.ChainAudience;
import org.geoprospect.analysis.campaign.ChainHistory;
import org.geoprospect.analysis.campaign.ChainJson;
import org.geoprospect.analysis.campaign.ChainReport;
import org.geoprospect.analysis.campaign.ChainStatus;
import org.geoprospect.analysis.campaign.ControlGroup;
import org.geoprospect.analysis.campaign.EntryRule;
import org.geoprospect.analysis.campaign.PressureCheck;
import org.geoprospect.analysis.campaign.Step;
import org.geoprospect.analysis.campaign.StepAudience;
import org.geoprospect.model.Household;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.privacy.ContactRefusal;
import org.geoprospect.privacy.ExportRequest;
import org.geoprospect.privacy.ExportResult;
import org.geoprospect.privacy.LawfulAudience;
import org.geoprospect.store.ChainRepository;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;

/**
 * Marketing chains, shared by the UI (Campaigns tab) and the command line ({@code chain ...}): saving
 * definitions, preparing a step's lawful list with its control group, and the return-on-investment
 * report. Each call opens the project and closes it again. The tool never sends anything: preparing a
 * step writes a list through the same path as {@code export} (ContactPolicy, sidecar naming the chain
 * and step, audit row) and records its rows as SENT events of the step. Thread-safe.
 */
public final class ChainService {
    private final Clock clock;
    private final ExportService exports;
    private final TargetService targets;

    /** The real clock, the OS user, the project's objections. */
    public ChainService() {
        this(Clock.systemDefaultZone(), new ExportService(), new TargetService());
    }

    /** For tests: a fixed clock and the services it uses (built on the same clock). */
    public ChainService(Clock clock, ExportService exports, TargetService targets) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.exports = Objects.requireNonNull(exports, "exports");
        this.targets = Objects.requireNonNull(targets, "targets");
    }

    /**
     * Saves a new chain.
     *
     * @throws UserFacingException when the name is taken or the entry names a saved target that does not exist
     */
    public Chain create(Path projectDir, Chain chain) {
        if (chain.entry() instanceof EntryRule.SavedTarget t) {
            targets.show(projectDir, t.target());
        }
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            if (!new ChainRepository(database).insert(chain.name(), ChainJson.write(chain), ChainJson.VERSION,
                    chain.status().code(), OffsetDateTime.now(clock))) {
                throw new UserFacingException("A chain named '" + chain.name()
                        + "' exists already; choose another name or delete it first.");
            }
        }
        return chain;
    }

    /**
     * Saves a new chain read from a JSON file (format in {@link ChainJson}).
     *
     * @throws UserFacingException when the file cannot be read or is not a valid chain (one sentence)
     */
    public Chain createFromFile(Path projectDir, Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new UserFacingException("The chain file " + file + " could not be read (" + e.getMessage()
                    + "); check the path and try again.", e);
        }
        try {
            return create(projectDir, ChainJson.read(json, file.getFileName().toString()));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    /** Every chain, by name. */
    public List<Chain> list(Path projectDir) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            return new ChainRepository(database).list().stream()
                    .map(s -> ChainJson.read(s.definitionJson(), "the project")).toList();
        }
    }

    /** One chain. @throws UserFacingException when there is no such chain */
    public Chain show(Path projectDir, String name) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            return find(new ChainRepository(database), name);
        }
    }

    /** Pauses or resumes a chain (a paused chain does not hold its people against other chains). */
    public Chain setStatus(Path projectDir, String name, ChainStatus status) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            ChainRepository repository = new ChainRepository(database);
            Chain chain = find(repository, name).withStatus(status);
            repository.update(name, ChainJson.write(chain), ChainJson.VERSION, status.code(), OffsetDateTime.now(clock));
            return chain;
        }
    }

    /**
     * Deletes a chain, its step runs and control groups; the contact events stay (they are the people's
     * history). @throws UserFacingException when there is no such chain
     */
    public void delete(Path projectDir, String name) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            if (!new ChainRepository(database).delete(name)) {
                throw noSuchChain(name);
            }
        }
    }

    /**
     * What preparing a step did.
     *
     * @param audience  the step's audience before the caps, the policy and the control group
     * @param contacted rows of the list (recorded as SENT events of the step)
     * @param heldOut   the control group (recorded with the run, not contacted)
     * @param excluded  left out by reason: {@code alreadyInStep}, {@code ordered} (left the chain),
     *                  {@code notYet} (no-answer delay not elapsed), {@code pressureCap}, {@code otherChain},
     *                  and the ContactPolicy's reasons ({@code noConsent}, {@code objection}, {@code retention},
     *                  {@code noContactDetails})
     */
    public record PreparedStep(String chain, String step, int audience, int contacted, int heldOut,
                               Map<String, Long> excluded, Path file, Path sidecar, long exportId) {
        /** {@code {"chain","step","contacted","heldOut","excluded":{...},"file"}} and the sidecar. */
        public Map<String, Object> toJsonMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("chain", chain);
            map.put("step", step);
            map.put("audience", audience);
            map.put("contacted", contacted);
            map.put("heldOut", heldOut);
            map.put("excluded", excluded);
            map.put("file", file.toString());
            map.put("sidecar", sidecar.toString());
            return map;
        }
    }

    /**
     * Prepares a step: its audience (entry or branch, {@link ChainAudience}), minus what the pressure caps
     * forbid ({@link PressureCheck}), minus whom the ContactPolicy refuses, then the control group drawn
     * among the rest ({@link ControlGroup}); writes the list of the others as {@code export} does and records
     * the run, its control group and the rows' SENT events in one transaction.
     *
     * @throws UserFacingException when there is no such chain or step, the entry cannot be evaluated (a
     *                             reactivation entry addresses clients, whose lists are not exported yet), or the
     *                             file cannot be written
     */
    public PreparedStep prepare(Path projectDir, String chainName, String stepName, Path out, ProgressMonitor monitor) {
        Chain chain = show(projectDir, chainName);
        Step step = chain.step(stepName).orElseThrow(() -> new UserFacingException("The chain '" + chainName
                + "' has no step '" + stepName + "'; its steps are " + chain.steps().stream().map(Step::name).toList() + "."));
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> entry = step.audience() instanceof StepAudience.Entry ? entryCodes(projectDir, chain, now, monitor)
                : List.of();
        Map<String, Long> excluded = new LinkedHashMap<>();
        ControlGroup.Draw draw;
        int audienceSize;
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            ChainRepository repository = new ChainRepository(database);
            ChainAudience.Result audience = ChainAudience.of(chain, step, entry, history(repository, chainName), now);
            audienceSize = audience.candidates().size() + audience.alreadyInStep() + audience.ordered();
            excluded.put("alreadyInStep", (long) audience.alreadyInStep());
            excluded.put("ordered", (long) audience.ordered());
            excluded.put("notYet", (long) audience.notYet());
            PressureCheck.Result pressure = PressureCheck.apply(chain, audience.candidates(),
                    recentContacts(repository, chain, now), activeChains(repository), now);
            excluded.put("pressureCap", (long) pressure.pressureCap());
            excluded.put("otherChain", (long) pressure.otherChain());
            Map<String, LocalDate> collected = new HashMap<>();
            List<Household> households = households(database, pressure.allowed(), collected, monitor);
            LawfulAudience.Result lawful = LawfulAudience.screen(database, ExportService.policy(database, clock),
                    households, collected::get, step.channel());
            for (ContactRefusal reason : ContactRefusal.values()) {
                excluded.put(reason.key(), lawful.refused().getOrDefault(reason, 0L));
            }
            draw = ControlGroup.draw(lawful.allowed(), step.controlPercent(), step.seed());
        }
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("chain", ChainJson.tree(chain));
        description.put("step", step.name());
        ExportRequest request = ExportRequest.contactList(step.channel(), out)
                .withTarget(chainName + " / " + stepName, description).withChainStep(chainName, stepName);
        ExportResult result = exports.export(projectDir, ExportService.Selection.codes(draw.contacted()), request, monitor);
        if (result.exported() != draw.contacted().size()) {
            // The screen above is the exporter's own test on the same data and clock: a difference means the
            // project changed in between (another window imported objections); the list stays lawful.
            throw new UserFacingException("The project changed while the step '" + stepName + "' was prepared ("
                    + result.exported() + " rows written for " + draw.contacted().size()
                    + " expected); prepare the step again.");
        }
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            recordStepRun(new ChainRepository(database), chain, step, now, audienceSize, draw, excluded, result);
        }
        return new PreparedStep(chainName, stepName, audienceSize, draw.contacted().size(), draw.heldOut().size(),
                excluded, result.file(), result.sidecar(), result.auditId());
    }

    /**
     * Records the run and its control group; the list's rows were recorded as SENT events by the export itself,
     * naming the chain, the step and the export's audit id, in the audit row's transaction.
     */
    private void recordStepRun(ChainRepository repository, Chain chain, Step step, OffsetDateTime now, int audience,
                               ControlGroup.Draw draw, Map<String, Long> excluded, ExportResult result) {
        repository.recordRun(new ChainRepository.StepRun(0, chain.name(), step.name(), now, step.seed(),
                step.controlPercent(), audience, draw.contacted().size(), draw.heldOut().size(),
                JsonText.of(excluded), result.auditId()), draw.heldOut(), List.of());
    }

    /**
     * The chain's return on investment per step and in total (formulas in {@link ChainReport}).
     *
     * @throws UserFacingException when there is no such chain
     */
    public ChainReport report(Path projectDir, String chainName, Attribution attribution) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            ChainRepository repository = new ChainRepository(database);
            Chain chain = find(repository, chainName);
            return ChainReport.of(chain, history(repository, chainName), attribution);
        }
    }

    private static ChainHistory history(ChainRepository repository, String chainName) {
        List<ChainHistory.HeldOut> heldOut = repository.heldOut(chainName).stream()
                .map(h -> new ChainHistory.HeldOut(h.step(), h.code(), h.runAt())).toList();
        return new ChainHistory(chainName, repository.eventsOfChainPeople(chainName), heldOut);
    }

    private static Map<String, List<PressureCheck.RecentContact>> recentContacts(ChainRepository repository, Chain chain,
                                                                                 OffsetDateTime now) {
        Map<String, List<PressureCheck.RecentContact>> recent = new HashMap<>();
        if (chain.caps().maxContactsPer30Days() == 0 && chain.caps().exclusiveDays() == 0) {
            return recent;
        }
        int days = Math.max(30, chain.caps().exclusiveDays());
        repository.sentSince(now.minusDays(days)).forEach((code, contacts) -> recent.put(code,
                contacts.stream().map(c -> new PressureCheck.RecentContact(c.at(), c.chain())).toList()));
        return recent;
    }

    private static Set<String> activeChains(ChainRepository repository) {
        Set<String> active = new HashSet<>();
        for (ChainRepository.StoredChain c : repository.list()) {
            if (ChainStatus.ACTIVE.code().equals(c.status())) {
                active.add(c.name());
            }
        }
        return active;
    }

    /** The households of these codes in the codes' order, with their collection days. */
    private static List<Household> households(ProjectDatabase database, List<String> codes,
                                              Map<String, LocalDate> collected, ProgressMonitor monitor) {
        Set<String> wanted = new HashSet<>(codes);
        Map<String, Household> byCode = new HashMap<>();
        new HouseholdRepository(database).forEachWithCollectionDate((h, on) -> {
            if (wanted.contains(h.anonCode())) {
                byCode.put(h.anonCode(), h);
                if (on != null) {
                    collected.put(h.anonCode(), on);
                }
            }
        }, monitor);
        List<Household> ordered = new ArrayList<>(byCode.size());
        for (String code : codes) {
            Household h = byCode.get(code);
            if (h != null) {
                ordered.add(h);
            }
        }
        return ordered;
    }

    private List<String> entryCodes(Path projectDir, Chain chain, OffsetDateTime now, ProgressMonitor monitor) {
        EntryRule entry = chain.entry();
        if (entry instanceof EntryRule.SavedTarget t) {
            return targets.selectedCodes(projectDir, t.target(), monitor).households();
        }
        if (entry instanceof EntryRule.NewLeads leads) {
            LocalDate from = now.toLocalDate().minusDays(leads.days());
            List<String> codes = new ArrayList<>();
            try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
                new HouseholdRepository(database).forEachWithCollectionDate((h, on) -> {
                    if (on != null && !on.isBefore(from)) {
                        codes.add(h.anonCode());
                    }
                }, monitor);
            }
            return codes;
        }
        throw new UserFacingException("The chain '" + chain.name() + "' enters clients (reactivation); lists of clients "
                + "cannot be prepared yet: save a target of the matching households and use it as the entry.");
    }

    private static Chain find(ChainRepository repository, String name) {
        return repository.find(name).map(s -> ChainJson.read(s.definitionJson(), "the project"))
                .orElseThrow(() -> noSuchChain(name));
    }

    private static UserFacingException noSuchChain(String name) {
        return new UserFacingException("There is no chain named '" + name + "'; 'chain list' shows the project's chains.");
    }

    /** Tiny JSON writer for the run's exclusion counts (keys are plain words, values numbers). */
    private static final class JsonText {
        static String of(Map<String, Long> counts) {
            StringBuilder sb = new StringBuilder("{");
            counts.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
            return sb.append('}').toString();
        }
    }
}
