package org.geoprospect.analysis.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.geoprospect.model.Channel;

/**
 * Reads and writes a {@link Chain} as JSON (Jackson), with a {@code schemaVersion} ({@value #VERSION}).
 * The format, as a user writes it for {@code chain create --from FILE.json}:
 * <pre>{@code
 * {"schemaVersion": 1, "name": "Reactivation", "status": "active", "exitOnOrder": true,
 *  "entry": {"target": "Lapsed"}            // or {"reactivationMonths": 12} or {"newLeadsDays": 30}
 *  "caps": {"maxContactsPer30Days": 4, "exclusiveDays": 14},
 *  "steps": [{"name": "email", "channel": "email", "message": "Offer", "unitCost": 0.1, "fixedCost": 200,
 *             "delayDays": 0, "audience": {"entry": true}, "controlPercent": 10, "seed": 42},
 *            {"name": "call", "channel": "phone", "unitCost": 4, "delayDays": 7,
 *             "audience": {"noAnswer": "email", "days": 7}},
 *            {"name": "news", "channel": "email", "audience": {"answered": "email"}}]}
 * }</pre>
 * Unknown fields and a newer schema version are refused with one sentence. Thread-safe.
 */
public final class ChainJson {
    /** The version this build writes and the highest it reads. */
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> CHAIN_FIELDS = Set.of("schemaVersion", "name", "status", "exitOnOrder", "entry",
            "caps", "steps");
    private static final Set<String> STEP_FIELDS = Set.of("name", "channel", "message", "unitCost", "fixedCost",
            "delayDays", "audience", "controlPercent", "seed");

    private ChainJson() {
    }

    /** The chain as JSON text. */
    public static String write(Chain chain) {
        try {
            return MAPPER.writeValueAsString(tree(chain));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the chain as JSON", e);
        }
    }

    /** The chain as a JSON tree (for {@code --json} outputs). */
    public static ObjectNode tree(Chain chain) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", VERSION);
        root.put("name", chain.name());
        root.put("status", chain.status().code());
        root.put("exitOnOrder", chain.exitOnOrder());
        ObjectNode entry = root.putObject("entry");
        if (chain.entry() instanceof EntryRule.SavedTarget t) {
            entry.put("target", t.target());
        } else if (chain.entry() instanceof EntryRule.Reactivation r) {
            entry.put("reactivationMonths", r.months());
        } else if (chain.entry() instanceof EntryRule.NewLeads n) {
            entry.put("newLeadsDays", n.days());
        }
        ObjectNode caps = root.putObject("caps");
        caps.put("maxContactsPer30Days", chain.caps().maxContactsPer30Days());
        caps.put("exclusiveDays", chain.caps().exclusiveDays());
        ArrayNode steps = root.putArray("steps");
        for (Step s : chain.steps()) {
            ObjectNode step = steps.addObject();
            step.put("name", s.name());
            step.put("channel", s.channel().code());
            step.put("message", s.message());
            step.put("unitCost", s.unitCost());
            step.put("fixedCost", s.fixedCost());
            step.put("delayDays", s.delayDays());
            ObjectNode audience = step.putObject("audience");
            if (s.audience() instanceof StepAudience.NoAnswer n) {
                audience.put("noAnswer", n.step());
                audience.put("days", n.days());
            } else if (s.audience() instanceof StepAudience.Answered a) {
                audience.put("answered", a.step());
            } else {
                audience.put("entry", true);
            }
            step.put("controlPercent", s.controlPercent());
            step.put("seed", s.seed());
        }
        return root;
    }

    /**
     * The chain in the JSON text.
     *
     * @param source names the text in the error sentence (a file's name, "the project")
     * @throws IllegalArgumentException with one sentence when the JSON is malformed, from a newer version or
     *                                  not a valid chain
     */
    public static Chain read(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The chain in " + source + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + "); correct it and try again.");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("The chain in " + source + " must be a JSON object.");
        }
        try {
            return chain(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The chain in " + source + ": " + e.getMessage(), e);
        }
    }

    private static Chain chain(JsonNode root) {
        known(root, CHAIN_FIELDS, "the chain");
        int version = root.path("schemaVersion").asInt(VERSION);
        if (version > VERSION) {
            throw new IllegalArgumentException("it was written by a newer GeoProspect (schema version " + version
                    + "); update the application to read it.");
        }
        JsonNode entryNode = root.path("entry");
        EntryRule entry;
        if (entryNode.has("target")) {
            entry = new EntryRule.SavedTarget(entryNode.get("target").asText());
        } else if (entryNode.has("reactivationMonths")) {
            entry = new EntryRule.Reactivation(entryNode.get("reactivationMonths").asInt());
        } else if (entryNode.has("newLeadsDays")) {
            entry = new EntryRule.NewLeads(entryNode.get("newLeadsDays").asInt());
        } else {
            throw new IllegalArgumentException("\"entry\" needs \"target\", \"reactivationMonths\" or \"newLeadsDays\".");
        }
        JsonNode capsNode = root.path("caps");
        PressureCaps caps = new PressureCaps(capsNode.path("maxContactsPer30Days").asInt(0),
                capsNode.path("exclusiveDays").asInt(0));
        List<Step> steps = new ArrayList<>();
        for (JsonNode s : root.path("steps")) {
            steps.add(step(s));
        }
        ChainStatus status = root.has("status") ? ChainStatus.fromCode(root.get("status").asText()) : ChainStatus.ACTIVE;
        return new Chain(text(root, "name", "the chain"), entry, steps, caps, status,
                root.path("exitOnOrder").asBoolean(true));
    }

    private static Step step(JsonNode s) {
        String name = text(s, "name", "a step");
        known(s, STEP_FIELDS, "step '" + name + "'");
        JsonNode a = s.path("audience");
        StepAudience audience;
        if (a.has("noAnswer")) {
            audience = new StepAudience.NoAnswer(a.get("noAnswer").asText(), a.path("days").asInt(0));
        } else if (a.has("answered")) {
            audience = new StepAudience.Answered(a.get("answered").asText());
        } else {
            audience = new StepAudience.Entry();
        }
        String channelCode = text(s, "channel", "step '" + name + "'");
        Channel channel;
        try {
            channel = Channel.fromCode(channelCode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("step '" + name + "': the channel is email, sms, phone or postal, not '"
                    + channelCode + "'.");
        }
        return new Step(name, channel, s.path("message").asText(""),
                s.path("unitCost").asDouble(0), s.path("fixedCost").asDouble(0), s.path("delayDays").asInt(0), audience,
                s.path("controlPercent").asDouble(0), s.path("seed").asLong(0));
    }

    private static String text(JsonNode node, String field, String what) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(what + " needs a \"" + field + "\".");
        }
        return value.asText();
    }

    private static void known(JsonNode node, Set<String> fields, String what) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new IllegalArgumentException(what + " has an unknown field \"" + name + "\".");
            }
        }
    }
}
