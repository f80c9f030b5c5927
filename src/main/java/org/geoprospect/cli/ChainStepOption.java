package org.geoprospect.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geoprospect.analysis.campaign.Step;
import org.geoprospect.analysis.campaign.StepAudience;
import org.geoprospect.model.Channel;

/**
 * Parses one {@code --step} of {@code chain create}: comma-separated {@code key=value} pairs, e.g.
 * {@code name=mail,channel=email,unitCost=0.2,fixedCost=150,control=10,seed=42,message=Offer} for an entry
 * step, {@code ...,noAnswer=mail,days=7} or {@code ...,answered=mail} for a branch.
 */
final class ChainStepOption {
    private static final Set<String> KEYS = Set.of("name", "channel", "message", "unitcost", "fixedcost", "delay",
            "noanswer", "days", "answered", "control", "seed");

    private ChainStepOption() {
    }

    /** @throws IllegalArgumentException with one sentence naming the option's text */
    static Step parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair.trim() : pair.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            if (eq < 0 || !KEYS.contains(key)) {
                throw new IllegalArgumentException("--step '" + text + "': '" + pair.trim() + "' is not one of "
                        + "name=, channel=, message=, unitCost=, fixedCost=, delay=, noAnswer=, days=, answered=, control=, seed=.");
            }
            values.put(key, pair.substring(eq + 1).trim());
        }
        String name = values.get("name");
        if (name == null || !values.containsKey("channel")) {
            throw new IllegalArgumentException("--step '" + text + "' needs name= and channel=.");
        }
        StepAudience audience;
        if (values.containsKey("noanswer")) {
            audience = new StepAudience.NoAnswer(values.get("noanswer"), integer(values, "days", 0, text));
        } else if (values.containsKey("answered")) {
            audience = new StepAudience.Answered(values.get("answered"));
        } else {
            audience = new StepAudience.Entry();
        }
        Channel channel;
        try {
            channel = Channel.fromCode(values.get("channel"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--step '" + text + "': channel is email, sms, phone or postal.");
        }
        return new Step(name, channel, values.getOrDefault("message", ""), number(values, "unitcost", text),
                number(values, "fixedcost", text), integer(values, "delay", 0, text), audience,
                number(values, "control", text), integer(values, "seed", 0, text));
    }

    private static double number(Map<String, String> values, String key, String text) {
        String value = values.get(key);
        try {
            return value == null ? 0 : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--step '" + text + "': " + key + " must be a number, not '" + value + "'.");
        }
    }

    private static int integer(Map<String, String> values, String key, int otherwise, String text) {
        String value = values.get(key);
        try {
            return value == null ? otherwise : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--step '" + text + "': " + key + " must be a whole number, not '" + value + "'.");
        }
    }
}
