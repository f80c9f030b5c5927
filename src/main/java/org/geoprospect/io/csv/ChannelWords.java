package org.geoprospect.io.csv;

import java.util.Map;
import org.geoprospect.model.Channel;

/**
 * The words customer files use for a contact channel, in English or French (email, courriel, sms,
 * texto, phone, téléphone, appel, postal, courrier...), compared after {@link ColumnNames#normalize}
 * (case, accents and punctuation ignored). Shared by the objections and results readers. Stateless.
 */
final class ChannelWords {
    private static final Map<String, Channel> CHANNELS = Map.ofEntries(
            Map.entry("email", Channel.EMAIL), Map.entry("e_mail", Channel.EMAIL), Map.entry("mail", Channel.EMAIL),
            Map.entry("courriel", Channel.EMAIL), Map.entry("sms", Channel.SMS), Map.entry("texto", Channel.SMS),
            Map.entry("phone", Channel.PHONE), Map.entry("telephone", Channel.PHONE), Map.entry("tel", Channel.PHONE),
            Map.entry("appel", Channel.PHONE), Map.entry("postal", Channel.POSTAL), Map.entry("courrier", Channel.POSTAL),
            Map.entry("poste", Channel.POSTAL), Map.entry("post", Channel.POSTAL), Map.entry("letter", Channel.POSTAL));

    private ChannelWords() {
    }

    /** Whether a cell says "every channel" (all, tous, toutes, tout, any). */
    static boolean isAll(String value) {
        String key = ColumnNames.normalize(value);
        return key.equals("all") || key.equals("tous") || key.equals("toutes") || key.equals("tout") || key.equals("any");
    }

    /** The channel a word names, or null when it names none. */
    static Channel of(String value) {
        return CHANNELS.get(ColumnNames.normalize(value));
    }

    /** The channel of a cell, failing with a sentence naming the row and column when it names none. */
    static Channel parse(CsvRow row, int position, String expected) {
        String value = row.cell(position);
        Channel channel = of(value);
        if (channel == null) {
            throw row.fail("the " + row.columnName(position) + " cell \"" + value + "\" is not a channel; use " + expected);
        }
        return channel;
    }
}
